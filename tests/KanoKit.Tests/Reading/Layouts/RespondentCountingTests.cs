using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;
using KanoKit.Reading.Layouts;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>
/// Counting the respondents of long and tall files by runs (sorted ids), by hashes (grouped ids) or by holding every id
/// (any order): a source that can be read again starts with runs and is read again when its ids leave that order; a
/// source that cannot is indexed from the start. Whatever the way, the read must be the same.
/// </summary>
public class RespondentCountingTests
{
    /// <summary>How the generated file orders its rows.</summary>
    public enum Order
    {
        /// <summary>Grouped by respondent, ids sorted (plain numbers, or a prefix and a number).</summary>
        GroupedSorted,

        /// <summary>Grouped by respondent, ids in no order.</summary>
        GroupedUnsorted,

        /// <summary>Rows shuffled: respondents come back after others' rows.</summary>
        Scattered,
    }

    /// <summary>A generated long or tall file.</summary>
    public sealed record LongFile(bool Tall, Order Order, string Text, ReadMode Mode)
    {
        public override string ToString() => $"{(Tall ? "tall" : "long")} {Order} {Mode}:\n{Text}";
    }

    private static readonly Gen<LongFile> Files =
        from tall in Gen.Elements(false, true)
        from order in Gen.Elements(Order.GroupedSorted, Order.GroupedUnsorted, Order.Scattered)
        from respondents in Gen.Choose(1, 25)
        from features in Gen.Choose(1, 4)
        from damage in Gen.Choose(0, 3)
        from prefixed in Gen.Elements(false, true)
        from seed in Gen.Choose(0, int.MaxValue - 1)
        from mode in Gen.Elements(ReadMode.Strict, ReadMode.Lenient)
        select new LongFile(tall, order, Write(tall, order, respondents, features, damage, prefixed, seed), mode);

    [Property(MaxTest = 400)]
    public Property Runs_hashes_and_held_ids_read_the_same_tallies_respondents_segments_and_diagnostics() =>
        Prop.ForAll(Files.ToArbitrary(), c =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(c.Text);
            var options = new SurveyReadOptions { Mode = c.Mode, Segments = ["plan"] };
            var (again, againCounting) = Outcome(() => SurveyFile.Read(new MemoryStream(bytes), "generated.csv", options));
            var (once, onceCounting) = Outcome(() => SurveyFile.Read(new OneWayStream(bytes), "generated.csv", options));
            Assert.Equal(once, again);
            Assert.Equal(RespondentCounting.Indexed, onceCounting ?? RespondentCounting.Indexed);

            // A grouped and sorted file read without error was read once, by runs (repeated rows, empty ids and ragged rows keep the order).
            if (againCounting is { } counting && c.Order == Order.GroupedSorted)
            {
                Assert.Equal(RespondentCounting.Runs, counting);
            }

            return true;
        });

    [Fact]
    public void A_sorted_long_file_is_read_once_by_runs()
    {
        var data = Read("respondent,feature,functional,dysfunctional\n1,a,1,5\n1,b,2,5\n2,a,1,5\n10,a,3,3\n10,b,1,1\n");
        Assert.Equal(RespondentCounting.Runs, data.Counting);
        Assert.Equal(3, data.Respondents);
    }

    [Fact]
    public void Ids_sorted_with_a_prefix_or_leading_zeros_are_read_by_runs()
    {
        Assert.Equal(RespondentCounting.Runs, Read("respondent,feature,functional,dysfunctional\nR1,a,1,5\nR2,a,1,5\nR10,a,1,5\nR10,b,1,5\nS1,a,1,5\n").Counting);
        Assert.Equal(RespondentCounting.Runs, Read("respondent,feature,functional,dysfunctional\nr001,a,1,5\nr002,a,1,5\nr010,a,1,5\n").Counting);
    }

    [Fact]
    public void A_grouped_file_with_unsorted_ids_is_read_again_by_hashes()
    {
        var data = Read("respondent,feature,functional,dysfunctional\nb7,a,1,5\nb7,b,2,5\na3,a,1,5\nc1,a,3,3\n");
        Assert.Equal(RespondentCounting.Hashed, data.Counting);
        Assert.Equal(3, data.Respondents);
    }

    [Fact]
    public void A_respondent_coming_back_is_read_again_holding_every_id()
    {
        var data = Read("respondent,feature,functional,dysfunctional\n1,a,1,5\n2,a,1,5\n1,b,2,5\n2,b,3,3\n");
        Assert.Equal(RespondentCounting.Indexed, data.Counting);
        Assert.Equal(2, data.Respondents);
        Assert.Equal((2L, 0L), (data.Tallies.Features[1].Tally.Total, data.Tallies.Features[1].Tally.Missing));
    }

    [Fact]
    public void A_tall_file_sorted_by_respondent_is_read_once_by_runs()
    {
        var data = Read("respondent,feature,question_type,answer\n1,a,functional,1\n1,a,dysfunctional,5\n2,a,f,2\n2,a,d,5\n");
        Assert.Equal(RespondentCounting.Runs, data.Counting);
        Assert.Equal(2, data.Tallies.Features[0].Tally.Total);
    }

    [Fact]
    public void A_stream_that_cannot_be_read_again_and_kept_respondents_hold_every_id()
    {
        const string text = "respondent,feature,functional,dysfunctional\n1,a,1,5\n2,a,1,5\n";
        var oneWay = SurveyFile.Read(new OneWayStream(Encoding.UTF8.GetBytes(text)), "long.csv");
        var kept = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "long.csv", new SurveyReadOptions { KeepRespondents = true });
        Assert.Equal(RespondentCounting.Indexed, oneWay.Counting);
        Assert.Equal(RespondentCounting.Indexed, kept.Counting);
        Assert.Equal(["1", "2"], kept.Survey!.Respondents);
    }

    [Fact]
    public void In_strict_mode_an_error_before_the_ids_leave_their_order_is_the_error_of_the_indexed_read()
    {
        // The bad answer (line 3) comes before the returning respondent (line 4): the restarted read meets it first too.
        const string text = "respondent,feature,functional,dysfunctional\n2,a,1,5\n3,a,x,5\n2,b,1,5\n";
        var again = Assert.Throws<KanoDataException>(() => Read(text));
        var once = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new OneWayStream(Encoding.UTF8.GetBytes(text)), "long.csv"));
        Assert.Equal(once.Diagnostic, again.Diagnostic);
        Assert.Equal(3, again.Line);
    }

    [Fact]
    public void A_file_on_disk_is_read_again_from_its_start()
    {
        // Sorted for 300 respondents, then unsorted, then respondent 7 comes back: three passes over the file.
        var text = new StringBuilder("respondent,feature,functional,dysfunctional,plan\n");
        foreach (int r in Enumerable.Range(1, 300).Concat([900, 500, 700]))
        {
            text.Append(CultureInfo.InvariantCulture, $"{r},a,{(r % 5) + 1},5,{(r % 3 == 0 ? "x" : "y")}\n");
        }

        text.Append("7,b,1,5,y\n");
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text.ToString());
            var options = new SurveyReadOptions { Segments = ["plan"] };
            var data = SurveyFile.Read(path, options);
            var once = SurveyFile.Read(new OneWayStream(File.ReadAllBytes(path)), path, options);
            Assert.Equal(RespondentCounting.Indexed, data.Counting);
            Assert.Equal(303, data.Respondents);
            Assert.Equal(once.Tallies, data.Tallies);
            Assert.Equal((1L, 302L), (data.Tallies.Features[1].Tally.Total, data.Tallies.Features[1].Tally.Missing));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static SurveyData Read(string text) => SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "long.csv");

    /// <summary>Everything a read says (respondents, tallies with segments, diagnostics, plan), or its error; and how it counted.</summary>
    private static (string Outcome, RespondentCounting? Counting) Outcome(Func<SurveyData> read)
    {
        try
        {
            var data = read();
            string tallies = string.Join(";", data.Tallies.Features.Select(f => $"{f.Name}:{string.Join(",", f.Tally.ToCellArray())}/{f.Tally.Missing}/{f.Rejected}"));
            string segments = string.Join(";", data.Tallies.Segments.Select(s => $"{s.Column}={s.Value}:{s.Respondents}:" + string.Join(",", s.Tallies.Select(t => $"{string.Join(",", t.Tally.ToCellArray())}/{t.Tally.Missing}/{t.Rejected}"))));
            return ($"{data.Respondents}|{tallies}|{segments}|{data.DiagnosticTotal}|{string.Join("\n", data.Diagnostics)}|{data.Plan.Describe()}", data.Counting);
        }
        catch (KanoDataException e)
        {
            return ("error " + e.Diagnostic, null);
        }
    }

    /// <summary>
    /// A long or tall file of <paramref name="respondents"/> respondents, each answering some of the features, with a
    /// segment column whose value may change between a respondent's rows (the first row's counts), and
    /// <paramref name="damage"/> damaged rows: a bad answer, a row repeated, an empty id or a ragged row.
    /// </summary>
    private static string Write(bool tall, Order order, int respondents, int features, int damage, bool prefixed, int seed)
    {
        var random = new Random(seed);
        var ids = Enumerable.Range(1, respondents).Select(r => prefixed ? $"r{r}" : r.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (order != Order.GroupedSorted)
        {
            random.Shuffle(ids);
        }

        string[] codes = ["1", "2", "3", "4", "5", "1", "2", "3", "4", "5", string.Empty, "x"];
        var rows = new List<string>();
        foreach (string id in ids)
        {
            int answered = 0;
            for (int f = 0; f < features; f++)
            {
                if (random.Next(4) == 0 && (answered > 0 || f < features - 1))
                {
                    continue;
                }

                answered++;
                string plan = random.Next(3) == 0 ? "b" : "a";
                string functional = codes[random.Next(random.Next(8) == 0 ? codes.Length : 10)];
                string dysfunctional = codes[random.Next(10)];
                if (tall)
                {
                    rows.Add($"{id},feature{f},functional,{functional},{plan}");
                    if (random.Next(6) != 0)
                    {
                        rows.Add($"{id},feature{f},{(random.Next(2) == 0 ? "d" : "dysfunctional")},{dysfunctional},{plan}");
                    }
                }
                else
                {
                    rows.Add($"{id},feature{f},{functional},{dysfunctional},{plan}");
                }
            }
        }

        for (int d = 0; d < damage; d++)
        {
            int at = random.Next(rows.Count);
            switch (random.Next(3))
            {
                case 0:
                    rows.Insert(at + 1, rows[at]); // answered twice
                    break;
                case 1:
                    rows.Insert(at, tall ? ",feature0,functional,1,a" : ",feature0,1,5,a");
                    break;
                default:
                    rows[at] = rows[at][..rows[at].LastIndexOf(',')]; // ragged: the segment cell is gone
                    break;
            }
        }

        if (order == Order.Scattered)
        {
            var shuffled = rows.ToArray();
            random.Shuffle(shuffled);
            rows = [.. shuffled];
        }

        string header = tall ? "respondent,feature,question_type,answer,plan" : "respondent,feature,functional,dysfunctional,plan";
        return header + "\n" + string.Join("\n", rows) + "\n";
    }
}
