using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Tests.Analysis;

/// <summary>Respondent exclusions reach every tally: overall and per segment, through <see cref="ScreenedTallies"/> and <see cref="ScreenedAnalysis"/>.</summary>
public class ScreenedAnalysisTests
{
    /// <summary>A random wide survey: respondent id, segment (a/b/c), three features, optionally importance, as CSV text with answer codes 1–5 (empty = missing).</summary>
    private static string RandomCsv(int seed, int respondents, bool importance, out List<string[]> rows)
    {
        var random = new Random(seed);
        var header = new List<string> { "respondent", "seg" };
        for (int f = 0; f < 3; f++)
        {
            header.Add($"f{f}_functional");
            header.Add($"f{f}_dysfunctional");
            if (importance)
            {
                header.Add($"f{f}_importance");
            }
        }

        rows = [];
        for (int r = 0; r < respondents; r++)
        {
            var row = new List<string> { $"r{r}", ((char)('a' + random.Next(3))).ToString() };
            // One respondent in five straight-lines; the others answer at random with about 10 % missing answers.
            bool straight = random.Next(5) == 0;
            string sf = random.Next(1, 6).ToString(CultureInfo.InvariantCulture), sd = random.Next(1, 6).ToString(CultureInfo.InvariantCulture);
            for (int f = 0; f < 3; f++)
            {
                row.Add(straight ? sf : random.Next(10) == 0 ? string.Empty : random.Next(1, 6).ToString(CultureInfo.InvariantCulture));
                row.Add(straight ? sd : random.Next(10) == 0 ? string.Empty : random.Next(1, 6).ToString(CultureInfo.InvariantCulture));
                if (importance)
                {
                    row.Add(random.Next(1, 8).ToString(CultureInfo.InvariantCulture));
                }
            }

            rows.Add([.. row]);
        }

        return Csv([.. header], rows);
    }

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(string.Join(",", header)).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row)).Append('\n');
        }

        return text.ToString();
    }

    private static SurveyData Read(string csv) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "random.csv", new SurveyReadOptions { Segments = ["seg"], KeepRespondents = true });

    [Property(MaxTest = 60)]
    public Property Excluding_nobody_changes_nothing() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), Gen.Choose(1, 80).ToArbitrary(), (seed, respondents) =>
        {
            var data = Read(RandomCsv(seed, respondents, importance: true, out _));
            // Rules no respondent can meet (rates above 1), and no rule at all.
            foreach (ExclusionRule[] rules in (ExclusionRule[][])[[], [ExclusionRule.QuestionableRateAbove(1), ExclusionRule.MissingRateAbove(1)]])
            {
                var screening = RespondentScreening.Screen(data.Survey!, EvaluationTable.Standard, rules);
                var options = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = 50 };
                var screened = ScreenedAnalysis.Analyze(data.Tallies, screening, options);
                if (screened.Exclusions is not { Excluded: 0 } || screened with { Exclusions = null } != data.Tallies.Analyze(options))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 60)]
    public Property Excluded_respondents_are_left_out_of_every_tally_as_if_their_rows_were_not_there() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue - 1).ToArbitrary(), Gen.Choose(2, 80).ToArbitrary(), Gen.Choose(0, 10).ToArbitrary(), (seed, respondents, tenths) =>
        {
            string csv = RandomCsv(seed, respondents, importance: false, out var rows);
            var data = Read(csv);
            var screening = RespondentScreening.Screen(data.Survey!, EvaluationTable.Standard, [ExclusionRule.QuestionableRateAbove(tenths / 10.0), ExclusionRule.StraightLine]);
            var screened = ScreenedTallies.Without(data.Tallies, screening);
            if (screening.Excluded.Length == respondents)
            {
                return screened.Respondents == 0 && screened.Features.All(f => f.Tally.Total == 0 && f.Tally.Missing == 0);
            }

            var kept = rows.Where((_, i) => !screening.Excluded.Contains(i));
            var header = csv[..csv.IndexOf('\n', StringComparison.Ordinal)].Split(',');
            var expected = Read(Csv(header, kept)).Tallies;
            static Dictionary<string, (long, string)> Segments(SurveyTallies t) => t.Segments
                .Where(s => s.Respondents > 0)
                .ToDictionary(s => s.Value, s => (s.Respondents, string.Join(";", s.Tallies.Select(f => $"{f.Name}:{f.Tally}"))));
            var (actualSegments, expectedSegments) = (Segments(screened), Segments(expected));
            return screened.Respondents == expected.Respondents
                && screened.Features.SequenceEqual(expected.Features)
                && actualSegments.Count == expectedSegments.Count
                && actualSegments.All(s => expectedSegments.TryGetValue(s.Key, out var e) && e == s.Value);
        });

    [Fact]
    public void The_report_lists_each_rule_with_its_count()
    {
        // r0 straight-lines (1,5 = O three times); r1 answers Q (1,1) to every feature, so also straight-lines; r2 is clean.
        const string csv = "respondent,seg,f0_functional,f0_dysfunctional,f1_functional,f1_dysfunctional,f2_functional,f2_dysfunctional\n"
            + "r0,a,1,5,1,5,1,5\nr1,b,1,1,1,1,1,1\nr2,a,1,3,3,5,2,5\n";
        var data = Read(csv);
        var screening = RespondentScreening.Screen(data.Survey!, EvaluationTable.Standard, [ExclusionRule.Parse("q-rate>0.5"), ExclusionRule.StraightLine]);
        var report = ScreenedAnalysis.Analyze(data.Tallies, screening);

        Assert.Equal(new RespondentExclusions(3, 2, [new("q-rate>0.5", 1), new("straight-line", 2)]), report.Exclusions);
        Assert.Equal(1, report.Respondents);
        Assert.Equal(1, report.Features[0].N);
        var a = Assert.Single(report.Segments, s => s.Value == "a");
        Assert.Equal(1, a.Respondents);
        Assert.Equal(0, Assert.Single(report.Segments, s => s.Value == "b").Respondents);
    }

    [Fact]
    public void A_segment_column_the_survey_does_not_keep_cannot_be_tallied_again()
    {
        var survey = KanoSurvey.Create(["r0", "r1"], [new SurveyFeature("f", [Answer.Like, Answer.Like], [Answer.Like, Answer.Dislike])]);
        var tallies = new SurveyTallies([.. survey.Tallies()], [new SegmentTallies("plan", "x", 2, [.. survey.Tallies()])], 2);
        var screening = RespondentScreening.Screen(survey, EvaluationTable.Standard, [ExclusionRule.Parse("q-rate>0.5")]);

        var e = Assert.Throws<ArgumentException>(() => ScreenedTallies.Without(tallies, screening));
        Assert.Contains("'plan'", e.Message);
    }
}
