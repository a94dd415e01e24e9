using KanoKit.Analysis;
using KanoKit.Reporting;
using KanoKit.Tallies;

namespace KanoKit.Tests.Reporting;

public class KanoReportTests
{
    private static KanoReport Analyze() => KanoAnalysis.Analyze(
        [new FeatureTally("wifi", PairTally.Count([Answer.Like, Answer.Neutral], [Answer.Dislike, Answer.Dislike]))],
        [new SegmentTallies("plan", "basic", 2, [new FeatureTally("wifi", PairTally.Count([Answer.Like, Answer.Neutral], [Answer.Dislike, Answer.Dislike]))])],
        respondents: 2);

    [Fact]
    public void Reports_of_the_same_input_are_equal_values()
    {
        Assert.Equal(Analyze(), Analyze());
        Assert.Equal(Analyze().GetHashCode(), Analyze().GetHashCode());
        Assert.Equal(Analyze().Settings, Analyze().Settings);
        Assert.Equal(Analyze().Segments, Analyze().Segments);
    }

    [Fact]
    public void A_change_anywhere_makes_reports_differ()
    {
        var report = Analyze();
        Assert.NotEqual(report, report with { Respondents = 3 });
        Assert.NotEqual(report, report with { Segments = default });
        Assert.NotEqual(report, report with { Features = [report.Features[0] with { Name = "tv" }] });
        Assert.NotEqual(report.Settings, report.Settings with { TableRows = ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRO"] });
    }

    [Fact]
    public void A_feature_is_found_by_name()
    {
        Assert.Equal("wifi", Analyze()["wifi"].Name);
        Assert.Throws<KeyNotFoundException>(() => Analyze()["tv"]);
    }
}
