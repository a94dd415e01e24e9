using KanoKit.Analysis;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;
using KanoKit.Writing;
using Xunit;

namespace KanoKit.Tests.Analysis;

public class BootstrapWiringTests
{
    private static PairTally Tally() => PairTally.Count(
        [Answer.Like, Answer.Like, Answer.MustBe, Answer.Like, Answer.Neutral, Answer.Like, Answer.MustBe, Answer.Neutral],
        [Answer.Dislike, Answer.Neutral, Answer.Dislike, Answer.Dislike, Answer.Dislike, Answer.Neutral, Answer.Dislike, Answer.Neutral]);

    private static KanoOptions Boot => KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap, Resamples = 500 };

    [Fact]
    public void Compute_rejects_bootstrap_because_it_needs_the_tally() =>
        Assert.Throws<ArgumentException>(() => ProportionInterval.Compute(3, 10, 0.95, IntervalMethod.Bootstrap));

    [Fact]
    public void Bootstrap_fills_intervals_and_stability_and_settings()
    {
        var report = KanoAnalysis.Analyze([new FeatureTally("f", Tally())], Boot);
        var feature = report.Features[0];
        Assert.Equal(IntervalMethod.Bootstrap, feature.Intervals!.Method);
        Assert.NotNull(feature.Intervals.AbsoluteWorse);
        Assert.NotNull(feature.Stability);
        Assert.Equal(feature.Category, feature.Stability!.Value.Category);
        Assert.Equal(500, report.Settings.Resamples);
        Assert.Equal(KanoOptions.DefaultSeed, report.Settings.Seed);
        Assert.True(feature.Intervals.Better!.Value.Lower <= feature.Better && feature.Better <= feature.Intervals.Better.Value.Upper);
    }

    [Fact]
    public void Same_seed_gives_identical_report_other_seed_differs()
    {
        var a = KanoAnalysis.Analyze([new FeatureTally("f", Tally()), new FeatureTally("g", Tally())], Boot);
        var b = KanoAnalysis.Analyze([new FeatureTally("f", Tally()), new FeatureTally("g", Tally())], Boot);
        var c = KanoAnalysis.Analyze([new FeatureTally("f", Tally()), new FeatureTally("g", Tally())], Boot with { Seed = 7 });
        Assert.Equal(KanoJson.Serialize(a), KanoJson.Serialize(b));
        Assert.NotEqual(KanoJson.Serialize(a), KanoJson.Serialize(c));
        // Features with the same tally draw from distinct streams.
        Assert.NotEqual(a.Features[0].Stability, a.Features[1].Stability);
    }

    [Fact]
    public void Bootstrap_report_round_trips_through_json()
    {
        var report = KanoAnalysis.Analyze([new FeatureTally("f", Tally())], Boot with { CategoryRule = CategoryRule.Evidence() });
        Assert.Equal(report, KanoJson.Deserialize(KanoJson.Serialize(report)));
    }

    [Fact]
    public void Default_json_has_none_of_the_added_fields()
    {
        string json = KanoJson.Serialize(KanoAnalysis.Analyze([new FeatureTally("f", Tally())]));
        foreach (string name in new[] { "stability", "categories", "absoluteWorse", "dysfunctionalMean\": {", "categoryRule", "resamples", "\"seed\"" })
        {
            Assert.DoesNotContain(name, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Band_category_rule_equals_tie_rule_band()
    {
        var tally = Tally();
        var viaRule = KanoAnalysis.AnalyzeFeature("f", tally, KanoOptions.Default with { CategoryRule = CategoryRule.Band(0.2) });
        var viaTie = KanoAnalysis.AnalyzeFeature("f", tally, KanoOptions.Default with { TieRule = TieRule.Band(0.2) });
        Assert.Equal(viaTie.Category, viaRule.Category);
        Assert.Equal(viaTie.Tie, viaRule.Tie);
    }

    [Fact]
    public void Grouped_rule_lists_its_decision()
    {
        var result = KanoAnalysis.AnalyzeFeature("f", Tally(), KanoOptions.Default with { CategoryRule = CategoryRule.Grouped });
        var counts = result.Counts;
        var decision = CategoryRule.Grouped.Decide(counts)!.Value;
        Assert.Equal(decision.Primary, result.Category);
        Assert.Equal([.. decision.Categories], result.Categories!.Value.ToArray());
    }
}
