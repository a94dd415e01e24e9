using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Surveys;
using KanoKit.Tallies;
using KanoKit.Tests.Statistics;
using KanoKit.Analysis;

namespace KanoKit.Tests.Analysis;

public class KanoAnalysisTests
{
    [Fact]
    public void Worked_example_from_published_counts()
    {
        var report = KanoAnalysis.Analyze([new FeatureCounts("example", WorkedExamples.Example)]);
        var result = Assert.Single(report.Features);

        Assert.Equal(KanoReport.SchemaV1, report.Schema);
        Assert.Equal(100, result.N);
        Assert.Equal(KanoCategory.OneDimensional, result.Category);
        Assert.False(result.Tie);
        Assert.Equal(0.5556, Math.Round(result.Better!.Value, 4));
        Assert.Equal(-0.6111, Math.Round(result.Worse!.Value, 4));
        Assert.Equal(KanoCategory.OneDimensional, result.Quadrant);
        Assert.Equal(0.05, result.CategoryStrength!.Value, 12);
        Assert.Equal(0.75, result.TotalStrength!.Value, 12);
        Assert.False(result.Fong!.Value.Significant);
        Assert.Null(result.Continuous);
        Assert.Equal(0.3, result.Shares!.Value.O, 12);
        Assert.Equal(0.95, result.Intervals!.Confidence);
        Assert.True(result.Intervals.Better!.Value.Contains(result.Better.Value));
        Assert.True(result.Intervals.Worse!.Value.Contains(result.Worse.Value));
        Assert.True(result.Intervals.Shares.O.Contains(0.3));
    }

    [Fact]
    public void A_feature_with_no_valid_pair_has_n_0_and_nulls_not_zeros()
    {
        var tally = PairTally.Count([Answer.Missing, Answer.Like], [Answer.Like, Answer.Missing]);
        var result = KanoAnalysis.AnalyzeFeature("empty", tally);

        Assert.Equal(0, result.N);
        Assert.Equal(2, result.Missing);
        Assert.Null(result.Category);
        Assert.Null(result.Better);
        Assert.Null(result.Worse);
        Assert.Null(result.Quadrant);
        Assert.Null(result.CategoryStrength);
        Assert.Null(result.TotalStrength);
        Assert.Null(result.Fong);
        Assert.Null(result.GoodnessOfFit);
        Assert.Null(result.Shares);
        Assert.Null(result.Intervals);
        Assert.Null(result.Continuous!.FunctionalMean);
    }

    [Fact]
    public void Quadrant_split_at_feature_means_uses_the_mean_Better_and_mean_absolute_Worse()
    {
        FeatureCounts[] features =
        [
            new("high", new CategoryCounts(25, 20, 20, 35, 0, 0)),   // Better 0.45, Worse −0.40
            new("low", new CategoryCounts(10, 10, 10, 70, 0, 0)),    // Better 0.2, Worse −0.2
        ];
        var options = KanoOptions.Default with { QuadrantSplit = QuadrantSplit.FeatureMeans };

        var report = KanoAnalysis.Analyze(features, options);

        Assert.Equal(0.325, report.Settings.BetterThreshold, 12);
        Assert.Equal(0.30, report.Settings.WorseThreshold, 12);
        Assert.Equal(KanoCategory.OneDimensional, report["high"].Quadrant);
        Assert.Equal(KanoCategory.Indifferent, report["low"].Quadrant);
        Assert.Equal(KanoCategory.Indifferent, KanoAnalysis.Analyze(features)["high"].Quadrant);
    }

    [Fact]
    public void Options_reach_the_statistics()
    {
        var counts = new CategoryCounts(41, 10, 5, 42, 1, 1);
        var options = KanoOptions.Default with { TieRule = TieRule.Band(0.06), FongZ = 1.96, Confidence = 0.9, IncludeIntervals = false };

        var report = KanoAnalysis.Analyze([new FeatureCounts("band", counts)], options);

        Assert.Equal(KanoCategory.Attractive, report["band"].Category);
        Assert.True(report["band"].Tie);
        Assert.Equal(Fong.Test(counts, 1.96), report["band"].Fong);
        Assert.Null(report["band"].Intervals);
        Assert.Equal(0.06, report.Settings.TieBand);
        Assert.Equal(1.96, report.Settings.FongZ);
    }

    [Fact]
    public void Pouliot_table_reclassifies_same_answer_pairs()
    {
        var tally = PairTally.Count([Answer.MustBe, Answer.MustBe, Answer.Neutral], [Answer.MustBe, Answer.MustBe, Answer.Neutral]);
        Assert.Equal(KanoCategory.Indifferent, KanoAnalysis.AnalyzeFeature("x", tally).Category);
        var pouliot = KanoAnalysis.AnalyzeFeature("x", tally, KanoOptions.Default with { Table = EvaluationTable.Pouliot });
        Assert.Equal(KanoCategory.Questionable, pouliot.Category);
        Assert.Equal(2, pouliot.Counts.Q);
    }

    [Fact]
    public void Duplicate_feature_names_are_rejected() =>
        Assert.Throws<ArgumentException>(() => KanoAnalysis.Analyze([new FeatureTally("a", default), new FeatureTally("a", default)]));

    [Fact]
    public void Invalid_options_are_rejected_when_set()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KanoOptions.Default with { Confidence = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => KanoOptions.Default with { FongZ = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => KanoOptions.Default with { QuadrantThreshold = 1.5 });
        Assert.Throws<ArgumentNullException>(() => KanoOptions.Default with { Table = null! });
    }

    [Property(MaxTest = 30)]
    public Property Results_do_not_depend_on_respondent_order() =>
        Prop.ForAll(Generators.Columns, Gen.Choose(0, 1000).ToArbitrary(), (columns, seed) =>
        {
            int n = columns.Functional.Length;
            var order = Enumerable.Range(0, n).ToArray();
            new Random(seed).Shuffle(order);
            var survey = Survey(columns.Functional, columns.Dysfunctional, Enumerable.Range(0, n).Select(i => $"r{i}"));
            var shuffled = Survey(
                order.Select(i => columns.Functional[i]).ToArray(),
                order.Select(i => columns.Dysfunctional[i]).ToArray(),
                order.Select(i => $"r{i}"));
            return KanoAnalysis.Analyze(survey).Equals(KanoAnalysis.Analyze(shuffled));
        });

    private static KanoSurvey Survey(Answer[] functional, Answer[] dysfunctional, IEnumerable<string> ids) =>
        KanoSurvey.Create(ids, [new SurveyFeature("feature", functional, dysfunctional), new SurveyFeature("mirror", dysfunctional, functional)]);
}
