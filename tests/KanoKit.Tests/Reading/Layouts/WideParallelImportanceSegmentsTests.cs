using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;
using KanoKit.Tallies;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>
/// Wide files with importance columns and segment columns, read by the byte path and split across threads, give
/// exactly what one thread gives: the same tallies, importance moments bit for bit (count, sum, sum of squares and the
/// scale's range), segment values in the same order with the same counts, the same respondents and diagnostics
/// (lenient) or the same first error (strict) — with whole ratings (merged exactly), decimal ratings and ratings too
/// large to sum exactly (both read on one thread), quoted fields, bad cells and ragged rows.
/// </summary>
public class WideParallelImportanceSegmentsTests
{
    private static readonly Gen<string> Cells = Gen.Frequency(
        (40, Gen.Elements("1", "2", "3", "4", "5")),
        (3, Gen.Constant(string.Empty)),
        (1, Gen.Elements("7", "x", " 3", "Like", "\"2\"", "é")));

    private static readonly Gen<string> WholeRatings = Gen.Frequency(
        (40, Gen.Elements("1", "2", "3", "5", "7", "9")),
        (4, Gen.Elements(string.Empty, " ", "10", "0", "-2", " 4", "1e2", "+3", "00006")),
        (1, Gen.Elements("\"6\"", "Very important", "3 - Somewhat important", "x")));

    private static readonly Gen<string> AnyRatings = Gen.Frequency(
        (30, WholeRatings),
        (2, Gen.Elements("0.1", "0.2", "2.5", "-0.7", "1e-3", "3.3333")),
        (1, Gen.Elements("67108864", "67108863", "67108865", "94906265", "999999999999999", "1e15")));

    private static readonly Gen<string> Regions = Gen.Frequency(
        (30, Gen.Elements("north", "south", "east", "west")),
        (3, Gen.Elements(string.Empty, " east", "west ", "North", "c")),
        (1, Gen.Elements("\"north\"", "\"a,b\"", "\"two\nlines\"", "ö", "\"unclosed")));

    private static readonly Gen<string> Notes = Gen.Frequency(
        (12, Gen.Elements("a", "b c", string.Empty)),
        (2, Gen.Elements("\"two\nlines\"", "\"x\r\ny\"")),
        (1, Gen.Elements("a\"b", "\"q\"\"z\"")));

    private static readonly Gen<string> Ids = Gen.Frequency(
        (30, Gen.Choose(1, 80).Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Elements("r1", "r2", " 7", "007", string.Empty)));

    private static Gen<string> Files(Gen<string> ratings) =>
        from features in Gen.Choose(1, 3)
        from rated in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false))), features)
        from rows in Gen.Choose(1, 80)
        from crlf in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lines in Gen.ArrayOf(
            from id in Ids
            from region in Regions
            from note in Notes
            from answers in Gen.ArrayOf(Cells, 2 * features)
            from importance in Gen.ArrayOf(ratings, features)
            from shape in Gen.Frequency((40, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            select shape switch
            {
                1 => string.Empty,                 // a blank line
                2 => $"{id},{region},{note}",      // a ragged row
                _ => $"{id},{region},{note}" + string.Concat(Enumerable.Range(0, features).Select(k =>
                    $",{answers[2 * k]},{answers[(2 * k) + 1]}" + (rated[k] ? $",{importance[k]}" : string.Empty))),
            },
            rows)
        let newline = crlf ? "\r\n" : "\n"
        select Header(rated) + newline + string.Join(newline, lines) + newline;

    private static readonly Gen<string[]> SegmentChoices = Gen.Elements<string[]>([], ["region"], ["region", "note"], ["note"]);

    [Property(MaxTest = 150)]
    public Property Whole_ratings_and_segments_read_on_one_to_three_threads_exactly_as_on_one() =>
        Prop.ForAll(Files(WholeRatings).ToArbitrary(), SegmentChoices.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), Agrees);

    [Property(MaxTest = 150)]
    public Property Any_ratings_and_segments_read_on_one_to_three_threads_exactly_as_on_one() =>
        Prop.ForAll(Files(AnyRatings).ToArbitrary(), SegmentChoices.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), Agrees);

    /// <summary>Files the byte path's template rows serve (the id first, then only answer and importance columns), with rows that break the template anywhere.</summary>
    private static readonly Gen<string> TemplateFiles =
        from features in Gen.Choose(6, 12)
        from rows in Gen.Choose(1, 80)
        from crlf in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lines in Gen.ArrayOf(
            from id in Gen.Frequency((40, Gen.Choose(1, 300).Select(n => n.ToString(CultureInfo.InvariantCulture))), (1, Gen.Elements("r1", "007", string.Empty)))
            from answers in Gen.ArrayOf(Gen.Frequency((60, Gen.Elements("1", "2", "3", "4", "5")), (1, Gen.Elements(string.Empty, "0", "9", "x"))), 2 * features)
            from importance in Gen.ArrayOf(Gen.Frequency((60, Gen.Elements("0", "1", "5", "9")), (2, WholeRatings), (1, AnyRatings)), features)
            from shape in Gen.Frequency((60, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            select shape switch
            {
                1 => string.Empty,                                         // a blank line
                2 => $"{id}," + string.Join(',', answers.Skip(1)),          // too short
                _ => id + string.Concat(Enumerable.Range(0, features).Select(k => $",{answers[2 * k]},{answers[(2 * k) + 1]},{importance[k]}")),
            },
            rows)
        let newline = crlf ? "\r\n" : "\n"
        select "id" + string.Concat(Enumerable.Range(0, features).Select(k => $",f{k}_functional,f{k}_dysfunctional,f{k}_importance")) + newline + string.Join(newline, lines) + newline;

    [Property(MaxTest = 150)]
    public Property Template_rows_with_importance_columns_read_on_one_to_three_threads_exactly_as_the_general_path() =>
        Prop.ForAll(TemplateFiles.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), (text, mode) => Agrees(text, [], mode));

    [Fact]
    public void A_decimal_rating_among_template_rows_is_summed_in_its_place()
    {
        // Template rows count their digits and add them to the moments later; a row with a decimal rating (read field by
        // field) among them is added after the template rows before it, and template counting stops for the rest of the
        // read — the moments are those of adding rating by rating.
        var text = new StringBuilder("id" + string.Concat(Enumerable.Range(0, 6).Select(k => $",f{k}_functional,f{k}_dysfunctional,f{k}_importance")) + "\n");
        for (int r = 1; r <= 3_000; r++)
        {
            text.Append(r);
            for (int k = 0; k < 6; k++)
            {
                string rating = k == 0 && r % 97 == 0 ? "0.3" : ((r * 7) + k) % 10 is var d ? d.ToString(CultureInfo.InvariantCulture) : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $",{1 + ((r + k) % 5)},{1 + ((r * k) % 5)},{rating}");
            }

            text.Append('\n');
        }

        WithFile(text.ToString(), path =>
        {
            string reference = Outcome(path, new SurveyReadOptions { Threads = 1, BytePath = false });
            foreach (int threads in new[] { 1, 2, 3 })
            {
                Assert.Equal(reference, Outcome(path, new SurveyReadOptions { Threads = threads, ParallelMinBytes = 1 }));
            }
        });
    }

    [Fact]
    public void Decimal_ratings_whose_sum_depends_on_the_order_are_summed_in_file_order()
    {
        // 0.1, 0.2 and 0.7 in this pattern: summed by halves and then added, the last bit differs from the sum in
        // row order — so a read that merged per-range sums would fail this test.
        var ratings = Enumerable.Range(0, 6_000).Select(r => (r % 3) switch { 0 => 0.1, 1 => 0.2, _ => 0.7 }).ToArray();
        double sequential = ratings.Aggregate(0.0, (sum, x) => sum + x);
        double halves = ratings.Take(3_001).Aggregate(0.0, (sum, x) => sum + x) + ratings.Skip(3_001).Aggregate(0.0, (sum, x) => sum + x);
        Assert.NotEqual(BitConverter.DoubleToInt64Bits(sequential), BitConverter.DoubleToInt64Bits(halves));

        var text = new StringBuilder("id,region,note,f0_functional,f0_dysfunctional,f0_importance\n");
        for (int r = 0; r < ratings.Length; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r + 1},{(r % 7 == 0 ? "north" : "south")},n,{1 + (r % 5)},{1 + (r % 4)},{ratings[r].ToString("R", CultureInfo.InvariantCulture)}\n");
        }

        WithFile(text.ToString(), path =>
        {
            var one = SurveyFile.Read(path, new SurveyReadOptions { Threads = 1, Segments = ["region"] });
            Assert.Equal(BitConverter.DoubleToInt64Bits(sequential), BitConverter.DoubleToInt64Bits(one.Tallies.Features[0].Importance.Sum));
            foreach (int threads in new[] { 2, 3 })
            {
                var many = SurveyFile.Read(path, new SurveyReadOptions { Threads = threads, ParallelMinBytes = 1, Segments = ["region"] });
                Assert.Equal(Outcome(one), Outcome(many));
            }
        });
    }

    [Fact]
    public void Segment_values_keep_the_order_of_their_first_appearance_in_the_file_on_any_number_of_threads()
    {
        // Values first met late in the file (in what becomes the last range) come after those met early.
        var text = new StringBuilder("id,region,f0_functional,f0_dysfunctional,f0_importance\n");
        string[] early = ["m", "k", "z"];
        var regions = Enumerable.Range(1, 9_000).Select(r => r == 8_999 ? "last" : r < 8_000 ? early[r % 3] : r < 8_500 ? "late" : early[r % 2]).ToArray();
        for (int r = 1; r <= regions.Length; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r},{regions[r - 1]},{1 + (r % 5)},{1 + (r % 3)},{1 + (r % 9)}\n");
        }

        var expected = regions.GroupBy(v => v).Select(g => (g.Key, (long)g.Count())).ToArray(); // groups in order of first appearance
        Assert.Equal(["k", "z", "m", "late", "last"], expected.Select(e => e.Key));
        WithFile(text.ToString(), path =>
        {
            foreach (int threads in new[] { 1, 2, 3 })
            {
                var data = SurveyFile.Read(path, new SurveyReadOptions { Threads = threads, ParallelMinBytes = 1, Segments = ["region"] });
                Assert.Equal(expected, data.Tallies.Segments.Select(s => (s.Value, s.Respondents)));
                Assert.Equal(Enumerable.Range(1, 9_000).Sum(r => 1 + (r % 9)), data.Tallies.Features[0].Importance.Sum);
            }
        });
    }

    private static bool Agrees(string text, string[] segments, ReadMode mode)
    {
        WithFile(text, path =>
        {
            string reference = Outcome(path, new SurveyReadOptions { Mode = mode, Threads = 1, BytePath = false, Segments = [.. segments] });
            foreach (int threads in new[] { 1, 2, 3 })
            {
                Assert.Equal(reference, Outcome(path, new SurveyReadOptions { Mode = mode, Threads = threads, ParallelMinBytes = 1, Segments = [.. segments] }));
            }
        });
        return true;
    }

    private static void WithFile(string text, Action<string> read)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
            read(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Header(bool[] rated) =>
        "id,region,note" + string.Concat(rated.Select((r, k) => $",f{k}_functional,f{k}_dysfunctional" + (r ? $",f{k}_importance" : string.Empty)));

    private static string Outcome(string path, SurveyReadOptions options)
    {
        try
        {
            return Outcome(SurveyFile.Read(path, options));
        }
        catch (KanoDataException e)
        {
            return "error " + e.Diagnostic;
        }
    }

    /// <summary>Everything a read yields that must not depend on threads or paths, doubles as their bits.</summary>
    private static string Outcome(SurveyData data) =>
        $"{data.Respondents}|{Features(data.Tallies.Features)}|"
        + string.Join("|", data.Tallies.Segments.Select(s => $"{s.Column}={s.Value}:{s.Respondents}:{Features(s.Tallies)}"))
        + "|" + string.Join("\n", data.Diagnostics);

    private static string Features(IEnumerable<FeatureTally> tallies) =>
        string.Join(";", tallies.Select(f => $"{f.Name}:{string.Join(",", f.Tally.ToCellArray())}/{f.Tally.Missing}/{f.Rejected}/{Moments(f.Importance)}"));

    private static string Moments(ImportanceMoments m) =>
        $"{m.Count}/{Bits(m.Sum)}/{Bits(m.SumOfSquares)}/{(m.ScaleMin is { } min ? Bits(min) : "-")}/{(m.ScaleMax is { } max ? Bits(max) : "-")}";

    private static string Bits(double value) => BitConverter.DoubleToInt64Bits(value).ToString("x16", CultureInfo.InvariantCulture);
}
