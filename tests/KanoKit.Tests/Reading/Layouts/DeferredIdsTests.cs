using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;
using KanoKit.Reading.Layouts;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>
/// Text respondent ids (Qualtrics' <c>R_…</c>) of a file that can be read twice are checked for repeats once, at the
/// end, by 64-bit fingerprint; a repeated fingerprint reads the file again with exact id sets. Whatever the ids, the
/// threads and the mode, a read that defers gives exactly what an exact read gives: the same tallies, respondents and
/// diagnostics, or the same first error.
/// </summary>
public sealed class DeferredIdsTests
{
    private static readonly Gen<string> Ids = Gen.Frequency(
        (30, Gen.Choose(1, 400).Select(n => "R_" + n.ToString("x6", System.Globalization.CultureInfo.InvariantCulture))),
        (4, Gen.Choose(1, 40).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Elements("R_dup", " R_dup", "id 7", "ünï", string.Empty)));

    private static readonly Gen<string> Cells = Gen.Frequency(
        (40, Gen.Elements("1", "2", "3", "4", "5")),
        (2, Gen.Constant(string.Empty)),
        (1, Gen.Elements("9", "x", "\"2\"")));

    private static readonly Gen<string> Files =
        from features in Gen.Choose(1, 3)
        from rows in Gen.Choose(1, 80)
        from lines in Gen.ArrayOf(
            from id in Ids
            from cells in Gen.ArrayOf(Cells, 2 * features)
            select $"2024-05-01 10:00:00,{id},{string.Join(',', cells)}",
            rows)
        select "StartDate,ResponseId" + string.Concat(Enumerable.Range(0, features).Select(k => $",f{k}_functional,f{k}_dysfunctional")) + "\n" + string.Join("\n", lines) + "\n";

    [Property(MaxTest = 200)]
    public Property A_read_that_defers_text_ids_gives_what_an_exact_read_gives_on_any_number_of_threads() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), (text, mode) =>
        {
            string path = Path.GetTempFileName();
            try
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                File.WriteAllBytes(path, bytes);
                string exact = WideParallelTests.Outcome(() => SurveyFile.Read(new OneWayStream(bytes), path, new SurveyReadOptions { Mode = mode, Threads = 1 }));
                foreach (int threads in new[] { 1, 2, 3 })
                {
                    Assert.Equal(exact, WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = threads, ParallelMinBytes = 1 }));
                }

                Assert.Equal(exact, WideParallelTests.Outcome(() => SurveyFile.Read(new MemoryStream(bytes), path, new SurveyReadOptions { Mode = mode })));
                return true;
            }
            finally
            {
                File.Delete(path);
            }
        });

    [Fact]
    public void A_repeated_text_id_far_from_the_first_is_reported_at_its_line_in_both_modes()
    {
        var text = new StringBuilder("ResponseId,f0_functional,f0_dysfunctional\n");
        for (int r = 1; r <= 30_000; r++)
        {
            text.Append("R_").Append(r == 25_000 ? 123 : r).Append(",1,2\n");
        }

        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text.ToString());
            var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(path, new SurveyReadOptions { Threads = 2, ParallelMinBytes = 1 }));
            Assert.Equal((DiagnosticKind.BadRespondent, 25_001), (error.Kind, error.Line));
            Assert.Contains("'R_123' appears twice", error.Message, StringComparison.Ordinal);

            var lenient = SurveyFile.Read(path, new SurveyReadOptions { Mode = ReadMode.Lenient, Threads = 2, ParallelMinBytes = 1 });
            Assert.Equal(25_001, Assert.Single(lenient.Diagnostics).Line);
            Assert.Equal(29_999, lenient.Tallies.Features[0].Tally.Total);
            Assert.Equal(1, lenient.Tallies.Features[0].Rejected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_later_problem_does_not_hide_an_earlier_repeated_text_id()
    {
        // The repeat (line 3) comes before the bad answer (line 5): strict mode names the repeat, as an exact read does.
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "ResponseId,f0_functional,f0_dysfunctional\nR_a,1,2\nR_a,1,2\nR_b,1,2\nR_c,x,2\n");
            var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(path));
            Assert.Equal((DiagnosticKind.BadRespondent, 3), (error.Kind, error.Line));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(MaxTest = 300)]
    public Property Fingerprints_repeat_exactly_when_an_id_repeats(string[] ids, bool split)
    {
        ids = [.. ids.Where(id => id is not null)];
        var all = new IdFingerprints();
        var other = new IdFingerprints();
        for (int i = 0; i < ids.Length; i++)
        {
            (split && i % 2 == 1 ? other : all).Add(ids[i]);
        }

        all.Adopt(other);
        return (all.AnyRepeated() == (ids.Distinct(StringComparer.Ordinal).Count() < ids.Length) && all.Count == ids.Length && other.Count == 0).ToProperty();
    }

    [Property(MaxTest = 500)]
    public Property The_fingerprint_of_ASCII_bytes_is_that_of_the_same_characters(byte[] bytes)
    {
        byte[] ascii = [.. bytes.Select(b => (byte)(b & 0x7F))];
        string text = System.Text.Encoding.ASCII.GetString(ascii);
        return (IdFingerprints.Fingerprint(ascii.AsSpan()) == IdFingerprints.Fingerprint(text.AsSpan())).ToProperty();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(128)]
    [InlineData(129)]
    [InlineData(300)]
    public void Long_ids_have_the_fingerprint_of_their_bytes_and_differ_in_their_last_character(int length)
    {
        string id = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));
        string other = id[..^1] + "!";
        Assert.Equal(IdFingerprints.Fingerprint(Encoding.ASCII.GetBytes(id).AsSpan()), IdFingerprints.Fingerprint(id.AsSpan()));
        Assert.NotEqual(IdFingerprints.Fingerprint(id.AsSpan()), IdFingerprints.Fingerprint(other.AsSpan()));
        Assert.NotEqual(IdFingerprints.Fingerprint(id.AsSpan()), IdFingerprints.Fingerprint(("!" + id[1..]).AsSpan()));
    }

    [Fact]
    public void Fingerprints_of_ids_one_character_apart_differ()
    {
        // A word read from the wrong place (or a byte left out between the two ends) would make ids that differ in one position collide.
        var seen = new HashSet<ulong>();
        foreach (string id in new[] { "R_0000000001", "R_0000000002", "R_1000000000", "_R0000000001", "R_000000001", "R_00000000010", "abcd", "abce", "bbcd", "abdc", "abc", "axc", "abx", "xbc", "ab", "ax", "xb", "a", "" })
        {
            Assert.True(seen.Add(IdFingerprints.Fingerprint(System.Text.Encoding.ASCII.GetBytes(id).AsSpan())), id);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(300_000)]
    public void Fingerprints_across_blocks_find_one_repeat_anywhere(int count)
    {
        var parts = new[] { new IdFingerprints(), new IdFingerprints(), new IdFingerprints() };
        for (int i = 0; i < count; i++)
        {
            parts[i % 3].Add($"R_{i:x12}");
        }

        parts[0].Adopt(parts[1]);
        parts[0].Adopt(parts[2]);
        Assert.Equal(count, parts[0].Count);
        Assert.False(parts[0].AnyRepeated());

        parts[1].Add($"R_{count / 2:x12}");
        parts[0].Adopt(parts[1]);
        Assert.True(parts[0].AnyRepeated());
    }

    /// <summary>
    /// The check partitions fingerprints by their top bits and splits blocks and partitions among threads: a repeat is
    /// found wherever its two copies stand (the same block, blocks of different threads, the block being filled, either
    /// side of a partition range's edge), among fingerprints spread over every partition, crowded into the first one, or
    /// sharing the bits a partition's table is indexed by, and with the fingerprint 0 (the table's empty slot).
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Fingerprint_repeats_are_found_wherever_they_stand_on_any_thread_count() =>
        Prop.ForAll(
            Gen.Elements(0, 1, 2, 5, 1_000, 65_536, 131_072, 200_003).ToArbitrary(),
            Gen.Elements(Shape.Spread, Shape.FirstPartition, Shape.SameIndex, Shape.WithZero).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (count, shape, seed) =>
            {
                var random = new Random(seed);
                ulong[] values = [.. Enumerable.Range(0, count).Select(i => Value(shape, (ulong)i))];
                Assert.Equal(count, values.Distinct().Count());
                var outcomes = new List<bool>();
                foreach (int threads in new[] { 1, 2, 3, 4 })
                {
                    outcomes.Add(FingerprintsOf(values, split: random.Next(4)).AnyRepeated(threads));
                }

                if (count == 0)
                {
                    return outcomes.All(o => !o);
                }

                int original = random.Next(count);
                int copy = random.Next(count + 1);
                ulong[] repeated = [.. values[..copy], values[original], .. values[copy..]];
                foreach (int threads in new[] { 1, 2, 3, 4 })
                {
                    outcomes.Add(FingerprintsOf(repeated, split: random.Next(4)).AnyRepeated(threads));
                }

                return outcomes.Take(4).All(o => !o) && outcomes.Skip(4).All(o => o);
            });

    /// <summary>How the distinct fingerprints of <see cref="Fingerprint_repeats_are_found_wherever_they_stand_on_any_thread_count"/> lie.</summary>
    public enum Shape
    {
        /// <summary>Over every partition.</summary>
        Spread,

        /// <summary>All with the top 8 bits clear: one partition (up to 2¹⁸ of them), the others empty.</summary>
        FirstPartition,

        /// <summary>Apart only in the top 24 bits and the lowest 8: most share the bits a partition's table is indexed by.</summary>
        SameIndex,

        /// <summary>Spread, with 0 among them.</summary>
        WithZero,
    }

    /// <summary>Distinct fingerprints for distinct <paramref name="i"/> (the mixing steps are invertible).</summary>
    private static ulong Value(Shape shape, ulong i)
    {
        ulong mixed = i * 0x9E3779B97F4A7C15UL;
        mixed ^= mixed >> 31;
        return shape switch
        {
            Shape.FirstPartition => Within56Bits(i),
            Shape.SameIndex => ((i >> 8) * 0x9E3779B97F4A7C15UL & 0xFFFFFF0000000000UL) | (i & 0xFF),
            Shape.WithZero => i == 0 ? 0 : mixed == 0 ? 1 : mixed,
            _ => mixed,
        };
    }

    private static ulong Within56Bits(ulong i)
    {
        ulong mixed = i * 0x9E3779B97F4A7C15UL & 0x00FFFFFFFFFFFFFFUL;
        return mixed ^ (mixed >> 29);
    }

    /// <summary>The values as fingerprints: added to one set, or to several adopted by the first (whole and part blocks).</summary>
    private static IdFingerprints FingerprintsOf(ulong[] values, int split)
    {
        var parts = Enumerable.Range(0, split + 1).Select(_ => new IdFingerprints()).ToArray();
        for (int i = 0; i < values.Length; i++)
        {
            parts[split == 0 ? 0 : (int)((long)i * parts.Length / values.Length)].Add(values[i]);
        }

        foreach (var part in parts.Skip(1))
        {
            parts[0].Adopt(part);
        }

        return parts[0];
    }
}
