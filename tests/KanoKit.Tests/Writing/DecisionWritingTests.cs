using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

/// <summary>How the writers show mixed decisions, stability, the Q-rate flag, exclusions and the methods behind them.</summary>
public class DecisionWritingTests
{
    private static readonly KanoOptions Bootstrap = KanoOptions.Default with
    {
        IntervalMethod = IntervalMethod.Bootstrap,
        Resamples = 400,
        Seed = 7,
        CategoryRule = CategoryRule.Evidence(),
    };

    private static KanoReport SampleWith(KanoOptions options) =>
        SurveyFile.Read(TestData.SamplePath("banking-app.csv"), new SurveyReadOptions { Segments = ["plan"] }).Tallies.Analyze(options);

    /// <summary>A = 20, O = 19: Fong's test cannot separate them, so the evidence rule reports O/A (priority order M, O, A).</summary>
    private static KanoReport Unseparated(KanoOptions? options = null) =>
        KanoAnalysis.Analyze([new FeatureCounts("close call", new CategoryCounts(20, 19, 0, 1, 0, 0))], (options ?? KanoOptions.Default) with { CategoryRule = CategoryRule.Evidence() });

    private static string Table(KanoReport report)
    {
        var writer = new StringWriter();
        ReportTable.Write(report, writer);
        return writer.ToString();
    }

    [Fact]
    public void A_mixed_decision_prints_as_its_letters_in_every_writer()
    {
        var report = Unseparated();
        Assert.Equal([KanoCategory.OneDimensional, KanoCategory.Attractive], report.Features[0].Categories!.Value.ToArray());
        Assert.Contains(" O/A ", Table(report));
        Assert.Contains("| O/A |", report.ToMarkdown());
        Assert.Contains(">O/A</td>", report.ToHtml());
        string csv = report.ToCsv();
        Assert.EndsWith(",categories,stability_category,stability_share,stability_runner_up,stability_runner_up_share\r\n", csv.Split('\n')[0] + "\n");
        Assert.Contains(",O/A,,,,\r\n", csv);
        Assert.Contains(KanoLegend.Extra(report), line => line.Term == "M/O" && line.Meaning.Contains("Fong's test", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stability_column_shows_each_features_share_and_runner_up()
    {
        var report = SampleWith(Bootstrap);
        string[] lines = Table(report).Split('\n');
        Assert.Contains(" stability", lines[0]);
        foreach (var feature in report.Features)
        {
            var s = feature.Stability!.Value;
            string row = lines.Single(l => l.StartsWith(feature.Name + " ", StringComparison.Ordinal));
            string expected = s.RunnerUp is { } r ? $"{s.Share:0.00} ({r.Letter()} {s.RunnerUpShare:0.00})" : $"{s.Share:0.00}";
            Assert.Contains(expected, row);
            Assert.Equal(feature.Categories!.Value.Count > 1, row.Contains('/', StringComparison.Ordinal));
        }

        Assert.Contains("95 % bootstrap intervals, 400 resamples, seed 7", lines.Single(l => l.StartsWith("12 features", StringComparison.Ordinal)));
        Assert.Contains(KanoLegend.Extra(report), line => line.Term == "Stability" && line.Meaning.Contains("400 times", StringComparison.Ordinal));
        Assert.Contains("| Stability |", report.ToMarkdown());
        Assert.Contains("<th scope=\"col\">Stability</th>", report.ToHtml());
    }

    [Fact]
    public void Methods_describe_the_bootstrap_with_its_resamples_seed_and_source()
    {
        var report = SampleWith(Bootstrap);
        string methods = MethodsText.Paragraph(report);
        Assert.Contains("percentile bootstrap intervals (Efron & Tibshirani 1993) from 400 resamples", methods);
        Assert.Contains("multinomial draw", methods);
        Assert.Contains("25 cells", methods);
        Assert.Contains("seed 7", methods);
        Assert.Contains("at least 95 % of the bootstrap resamples", methods);
        Assert.Contains(MethodsText.ReferencesFor(report), r => r.StartsWith("Efron, B.", StringComparison.Ordinal));
    }

    [Fact]
    public void Methods_name_the_grouped_rule_and_its_source()
    {
        var report = SampleWith(KanoOptions.Default with { CategoryRule = CategoryRule.Grouped });
        Assert.Contains("grouped rule of Matzler & Hinterhuber (1998)", MethodsText.Paragraph(report));
        Assert.Contains(MethodsText.ReferencesFor(report), r => r.StartsWith("Matzler, K.", StringComparison.Ordinal));
        Assert.Contains("category rule grouped", Table(report));
    }

    [Fact]
    public void The_evidence_rule_without_a_bootstrap_is_described_as_fongs_test()
    {
        string methods = MethodsText.Paragraph(Unseparated());
        Assert.Contains("only when Fong's (1996) test with z = 1.65 separates it", methods);
    }

    [Fact]
    public void A_default_report_is_written_as_before()
    {
        var report = SampleWith(KanoOptions.Default);
        Assert.Equal(MethodsText.References, MethodsText.ReferencesFor(report));
        Assert.Empty(KanoLegend.Extra(report));
        Assert.Equal(string.Join(",", KanoCsv.Columns), report.ToCsv().Split("\r\n")[0]);
        Assert.DoesNotContain("stability", Table(report), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_tie_band_is_written_in_percentage_points()
    {
        var report = KanoAnalysis.Analyze([new FeatureCounts("x", new CategoryCounts(41, 10, 5, 42, 1, 1))], KanoOptions.Default with { TieRule = TieRule.Band(0.06) });
        Assert.Contains("within 6 percentage points", MethodsText.Paragraph(report));
        Assert.Contains("within 6 percentage points", KanoLegend.TieRule(report.Settings));
    }

    [Fact]
    public void The_q_rate_flag_is_shown_where_asked_and_absent_otherwise()
    {
        FeatureCounts[] features = [new("confusing", new CategoryCounts(4, 2, 2, 0, 0, 2)), new("clear", new CategoryCounts(5, 3, 2, 0, 0, 0))];
        var flagged = KanoAnalysis.Analyze(features, KanoOptions.Default with { QuestionableFlag = 0.1 });
        Assert.Equal([true, false], flagged.Features.Select(f => f.QuestionableFlag!.Value));
        string table = Table(flagged);
        Assert.Contains("Q rate", table.Split('\n')[0]);
        Assert.Contains("20.0!", table.Split('\n')[1]);
        Assert.EndsWith(" 0.0", table.Split('\n')[2].TrimEnd());
        Assert.Contains("\"questionableFlag\": true", KanoJson.Serialize(flagged));
        Assert.Contains("more than 10 % questionable answer pairs are flagged", MethodsText.Paragraph(flagged));
        Assert.EndsWith(",questionable_flag", flagged.ToCsv().Split("\r\n")[0]);

        var plain = KanoAnalysis.Analyze(features);
        Assert.Null(plain.Features[0].QuestionableFlag);
        Assert.DoesNotContain("questionableFlag", KanoJson.Serialize(plain));
        Assert.DoesNotContain("Q rate", Table(plain));
    }

    [Fact]
    public void Exclusions_are_listed_rule_by_rule_and_read_back_from_json()
    {
        var report = KanoAnalysis.Analyze([new FeatureCounts("x", new CategoryCounts(4, 2, 2, 0, 0, 2))]) with
        {
            Exclusions = new RespondentExclusions(300, 12, [new("q-rate>0.3", 5), new("straight-line", 8)]),
        };
        Assert.Contains("Excluded 12 of 300 respondents before tallying: q-rate>0.3 5, straight-line 8", Table(report));
        string methods = MethodsText.Paragraph(report);
        Assert.Contains("12 of 300 respondents were excluded", methods);
        Assert.Contains("share of questionable pairs above 0.3 (5 respondents)", methods);
        Assert.Contains("straight-lining", methods);
        Assert.Equal(report, KanoJson.Deserialize(KanoJson.Serialize(report)));
    }
}
