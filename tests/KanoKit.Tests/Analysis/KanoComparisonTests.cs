using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Tests.Analysis;

public class KanoComparisonTests
{
    /// <summary>A tally whose standard-table categories are exactly <paramref name="counts"/>: A = (Like, Neutral), O = (Like, Dislike), M = (Neutral, Dislike), I = (Neutral, Neutral), R = (Dislike, Like), Q = (Like, Like).</summary>
    internal static PairTally TallyOf(CategoryCounts counts)
    {
        (Answer F, Answer D)[] pairs = [(Answer.Like, Answer.Neutral), (Answer.Like, Answer.Dislike), (Answer.Neutral, Answer.Dislike), (Answer.Neutral, Answer.Neutral), (Answer.Dislike, Answer.Like), (Answer.Like, Answer.Like)];
        var functional = new List<Answer>();
        var dysfunctional = new List<Answer>();
        for (int k = 0; k < 6; k++)
        {
            functional.AddRange(Enumerable.Repeat(pairs[k].F, (int)counts[(KanoCategory)k]));
            dysfunctional.AddRange(Enumerable.Repeat(pairs[k].D, (int)counts[(KanoCategory)k]));
        }

        var tally = PairTally.Count([.. functional], [.. dysfunctional]);
        Assert.Equal(counts, CategoryCounts.From(tally, EvaluationTable.Standard));
        return tally;
    }

    /// <summary>Survey tallies with one feature per entry of each segment's counts, segment column "plan".</summary>
    internal static SurveyTallies Segmented(params (string Value, CategoryCounts[] Features)[] segments)
    {
        int features = segments[0].Features.Length;
        var overall = Enumerable.Range(0, features)
            .Select(f => new FeatureTally($"f{f}", segments.Select(s => TallyOf(s.Features[f])).Aggregate((a, b) => a + b)))
            .ToEquatableArray();
        var segmentTallies = segments
            .Select(s => new SegmentTallies("plan", s.Value, s.Features.Max(c => c.Total), s.Features.Select((c, f) => new FeatureTally($"f{f}", TallyOf(c))).ToEquatableArray()))
            .ToEquatableArray();
        return new SurveyTallies(overall, segmentTallies);
    }

    private static SurveyTallies Counted(params (string Name, CategoryCounts Counts)[] features) =>
        new([], Counts: features.Select(f => new FeatureCounts(f.Name, f.Counts)).ToEquatableArray());

    [Fact]
    public void Segment_test_matches_Rs_chisq_test_on_Agrestis_table()
    {
        // R's ?chisq.test example (Agresti 2007, An Introduction to Categorical Data Analysis, p. 39), here as two
        // segments answering A, O, M: M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477))); chisq.test(M) prints
        // "X-squared = 30.07, df = 2, p-value = 2.954e-07"; Cramér's V = sqrt(30.07 / 2757) = 0.1044.
        var tallies = Segmented(("women", [new CategoryCounts(762, 327, 468, 0, 0, 0)]), ("men", [new CategoryCounts(484, 239, 477, 0, 0, 0)]));
        var feature = KanoComparison.BySegment(tallies, "plan").Features.Single();
        Assert.Equal(30.07, Math.Round(feature.ChiSquare!.Value, 2));
        Assert.Equal(2, feature.Df);
        Assert.Equal(2.954e-07, feature.P!.Value, 0.0005e-07);
        Assert.Equal(0.1044, Math.Round(feature.CramersV!.Value, 4));
        Assert.False(feature.Sparse);
        Assert.Null(feature.PMonteCarlo);
        Assert.Null(feature.PHolm);
        Assert.Null(feature.Shift);
        Assert.Null(feature.MissingFrom);
        Assert.Equal(["women", "men"], feature.Segments.Select(s => s.Value));
    }

    [Fact]
    public void Differences_to_the_rest_match_Newcombes_published_interval()
    {
        // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10: 56/70 − 48/80 → [0.0524, 0.3339].
        // Better = (A + O)/N′: segment a has A = 56 of N′ = 70, segment b (the rest) A = 48 of N′ = 80.
        var tallies = Segmented(("a", [new CategoryCounts(56, 0, 0, 14, 0, 0)]), ("b", [new CategoryCounts(48, 0, 0, 32, 0, 0)]));
        var a = KanoComparison.BySegment(tallies, "plan").Features[0].Segments[0];
        Assert.Equal((56.0 / 70) - (48.0 / 80), a.BetterDifference!.Value, 12);
        Assert.Equal(0.0524, Math.Round(a.BetterDifferenceInterval!.Value.Lower, 4));
        Assert.Equal(0.3339, Math.Round(a.BetterDifferenceInterval.Value.Upper, 4));
        // Worse is 0 in both: difference 0, interval symmetric around it.
        Assert.Equal(0.0, a.WorseDifference);
        Assert.True(a.WorseDifferenceInterval!.Value.Contains(0));
    }

    [Fact]
    public void Each_segment_is_compared_with_the_sum_of_the_others()
    {
        var counts = new[] { new CategoryCounts(10, 20, 5, 8, 1, 0), new CategoryCounts(3, 9, 14, 2, 0, 2), new CategoryCounts(7, 4, 4, 11, 2, 1) };
        var tallies = Segmented(("x", [counts[0]]), ("y", [counts[1]]), ("z", [counts[2]]));
        var feature = KanoComparison.BySegment(tallies, "plan").Features[0];
        var y = feature.Segments[1];
        var rest = counts[0] + counts[2];
        Assert.Equal(Satisfaction.Better(counts[1]) - Satisfaction.Better(rest), y.BetterDifference);
        Assert.Equal(Satisfaction.Worse(counts[1]) - Satisfaction.Worse(rest), y.WorseDifference);
        Assert.Equal(ProportionDifference.Newcombe(counts[1].A + counts[1].O, counts[1].SignalTotal, rest.A + rest.O, rest.SignalTotal), y.BetterDifferenceInterval);
        Assert.Equal(ProportionDifference.Newcombe(counts[1].O + counts[1].M, counts[1].SignalTotal, rest.O + rest.M, rest.SignalTotal)!.Value.Negate(), y.WorseDifferenceInterval);
        Assert.Equal(ChiSquareIndependence.Test(counts)!.Value.ChiSquare, feature.ChiSquare);
    }

    [Property(MaxTest = 60)]
    public Property Segments_whose_tallies_add_up_give_the_overall_tally() =>
        Prop.ForAll(Gen.Choose(0, 25).ArrayOf(18).ToArbitrary(), cells =>
        {
            var segments = Enumerable.Range(0, 3)
                .Select(s => ($"s{s}", new[] { new CategoryCounts(cells[6 * s], cells[(6 * s) + 1], cells[(6 * s) + 2], cells[(6 * s) + 3], cells[(6 * s) + 4], cells[(6 * s) + 5]) }))
                .ToArray();
            var tallies = Segmented(segments);
            var feature = KanoComparison.BySegment(tallies, "plan").Features[0];
            var overall = CategoryCounts.From(tallies.Features[0].Tally, EvaluationTable.Standard);
            var sum = feature.Segments.Aggregate(default(CategoryCounts), (total, g) => total + g.Counts);
            return sum == overall && feature.Segments.Sum(g => g.N) == overall.Total;
        });

    [Fact]
    public void Segments_read_from_the_sample_add_up_to_the_overall_tally()
    {
        var data = SurveyFile.Read(TestData.SamplePath("banking-app.csv"), new SurveyReadOptions { Segments = ["plan"] });
        var comparison = KanoComparison.BySegment(data.Tallies, "plan");
        Assert.Equal(data.Tallies.Features.Count, comparison.Features.Count);
        for (int f = 0; f < comparison.Features.Count; f++)
        {
            var overall = CategoryCounts.From(data.Tallies.Features[f].Tally, EvaluationTable.Standard);
            Assert.Equal(overall, comparison.Features[f].Segments.Aggregate(default(CategoryCounts), (total, g) => total + g.Counts));
        }
    }

    [Property(MaxTest = 40)]
    public Property A_wave_compared_with_itself_shows_no_shift_p_1_and_zero_differences() =>
        Prop.ForAll(Gen.Choose(0, 40).ArrayOf(6).ToArbitrary(), Gen.Elements(IntervalMethod.Wilson, IntervalMethod.ClopperPearson, IntervalMethod.Bootstrap).ToArbitrary(), (c, method) =>
        {
            var counts = new CategoryCounts(c[0] + 1, c[1], c[2], c[3], c[4], c[5]);
            var wave = new SurveyTallies([new FeatureTally("f", TallyOf(counts))]);
            var options = new ComparisonOptions { Analysis = KanoOptions.Default with { IntervalMethod = method, Resamples = 200 }, MonteCarloResamples = 200 };
            var feature = KanoComparison.Waves([("2024", wave), ("2025", wave)], options).Features.Single();
            var second = feature.Segments[1];
            bool testable = feature.ChiSquare is not null;
            return (feature.Shift is null
                && (!testable || (feature.P == 1 && feature.PMonteCarlo == 1 && feature.ChiSquare == 0))
                && feature.MissingFrom is { IsEmpty: true }
                && feature.Segments[0].BetterDifference is null
                && second.BetterDifference is null or 0.0
                && second.WorseDifference is null or 0.0
                && (second.BetterDifferenceInterval is not { } b || b.Contains(0))
                && (second.WorseDifferenceInterval is not { } w || w.Contains(0)))
                .Label($"{counts} {method}: shift {feature.Shift}, p {feature.P}, mc {feature.PMonteCarlo}, Δ {second.BetterDifference}");
        });

    [Fact]
    public void Waves_report_the_shift_and_compare_with_the_previous_wave()
    {
        var first = Counted(("f", new CategoryCounts(50, 20, 10, 20, 0, 0)));
        var second = Counted(("f", new CategoryCounts(20, 55, 15, 10, 0, 0)));
        var third = Counted(("f", new CategoryCounts(10, 25, 60, 5, 0, 0)));
        var comparison = KanoComparison.Waves([("2023", first), ("2024", second), ("2025", third)]);
        var feature = comparison.Features.Single();
        Assert.Null(comparison.Column);
        Assert.Equal(["2023", "2024", "2025"], comparison.Waves!.Value);
        Assert.Equal(ComparisonBaseline.PreviousWave, comparison.Settings.Baseline);
        Assert.Equal("A → O → M", feature.Shift);
        Assert.Equal([KanoCategory.Attractive, KanoCategory.OneDimensional, KanoCategory.MustBe], feature.Segments.Select(s => s.Category!.Value));
        Assert.Equal(0.75 - 0.70, feature.Segments[1].BetterDifference!.Value, 12);
        Assert.Equal(0.35 - 0.75, feature.Segments[2].BetterDifference!.Value, 12);
        Assert.Equal(6, feature.Df); // three waves × A, O, M, I (R and Q are empty and dropped): (3 − 1)(4 − 1)
    }

    [Fact]
    public void Features_missing_from_a_wave_are_reported_and_compared_across_the_others()
    {
        var w1 = Counted(("f", new CategoryCounts(5, 5, 5, 5, 0, 0)), ("g", new CategoryCounts(30, 10, 5, 5, 0, 0)));
        var w2 = Counted(("f", new CategoryCounts(5, 5, 5, 5, 0, 0)));
        var w3 = Counted(("h", new CategoryCounts(1, 2, 3, 4, 0, 0)), ("g", new CategoryCounts(5, 10, 30, 5, 0, 0)), ("f", new CategoryCounts(5, 5, 5, 5, 0, 0)));
        var comparison = KanoComparison.Waves([("w1", w1), ("w2", w2), ("w3", w3)]);
        Assert.Equal(["f", "g", "h"], comparison.Features.Select(f => f.Name));
        var g = comparison.Features[1];
        Assert.Equal(["w2"], g.MissingFrom!.Value);
        Assert.Equal(["w1", "w3"], g.Segments.Select(s => s.Value));
        Assert.Equal("A → M", g.Shift);
        Assert.Equal(0.3 - 0.8, g.Segments[1].BetterDifference!.Value, 12); // w3 against w1, the previous wave with g
        var h = comparison.Features[2];
        Assert.Equal(["w1", "w2"], h.MissingFrom!.Value);
        Assert.Single(h.Segments);
        Assert.Null(h.ChiSquare);
        Assert.Null(h.P);
        Assert.Null(h.Segments[0].BetterDifference);
    }

    [Fact]
    public void Holm_adjusts_the_asymptotic_or_the_Monte_Carlo_p_values_across_features()
    {
        var tallies = Segmented(
            ("a", [new CategoryCounts(30, 10, 10, 10, 0, 0), new CategoryCounts(10, 10, 10, 10, 0, 0), new CategoryCounts(20, 20, 20, 20, 0, 0)]),
            ("b", [new CategoryCounts(10, 30, 10, 10, 0, 0), new CategoryCounts(12, 10, 9, 10, 0, 0), new CategoryCounts(20, 20, 20, 20, 0, 0)]));
        var asymptotic = KanoComparison.BySegment(tallies, "plan", new ComparisonOptions { Holm = true });
        Assert.Equal(Holm.Adjust([.. asymptotic.Features.Select(f => f.P)]), asymptotic.Features.Select(f => f.PHolm));
        var simulated = KanoComparison.BySegment(tallies, "plan", new ComparisonOptions { Holm = true, MonteCarloResamples = 500 });
        Assert.Equal(Holm.Adjust([.. simulated.Features.Select(f => f.PMonteCarlo)]), simulated.Features.Select(f => f.PHolm));
        Assert.True(simulated.Settings.Holm);
        Assert.Equal(500, simulated.Settings.MonteCarloResamples);
    }

    [Fact]
    public void Monte_Carlo_p_is_bit_identical_for_the_same_seed()
    {
        var tallies = Segmented(
            ("a", [new CategoryCounts(12, 5, 9, 3, 1, 0), new CategoryCounts(4, 6, 11, 2, 0, 1)]),
            ("b", [new CategoryCounts(7, 14, 3, 5, 0, 2), new CategoryCounts(9, 3, 2, 8, 1, 0)]),
            ("c", [new CategoryCounts(4, 6, 11, 2, 2, 0), new CategoryCounts(5, 5, 5, 5, 0, 0)]));
        ComparisonOptions Options(ulong seed) => new()
        {
            MonteCarloResamples = 2000,
            Analysis = KanoOptions.Default with { Seed = seed, IntervalMethod = IntervalMethod.Bootstrap, Resamples = 300 },
        };
        var first = KanoComparison.BySegment(tallies, "plan", Options(5));
        Assert.Equal(first, KanoComparison.BySegment(tallies, "plan", Options(5)));
        Assert.Equal(5UL, first.Settings.Seed);
        var other = KanoComparison.BySegment(tallies, "plan", Options(6));
        Assert.NotEqual(first.Features.Select(f => f.PMonteCarlo), other.Features.Select(f => f.PMonteCarlo));
        // Each feature's test draws from its own documented stream: slot 0 of the feature's position.
        for (int f = 0; f < 2; f++)
        {
            var rows = first.Features[f].Segments.Select(g => g.Counts).ToList();
            Assert.Equal(ChiSquareIndependence.SimulatePValue(rows, 2000, StreamSeed.For(5, 0, f))!.Value.P, first.Features[f].PMonteCarlo);
        }
    }

    [Fact]
    public void Monte_Carlo_p_converges_to_the_asymptotic_p_on_a_large_non_sparse_table()
    {
        // Expected counts all far above 5: the asymptotic p is accurate, and the Monte-Carlo p (B = 20,000) must lie
        // within 4 of its standard errors sqrt(p (1 − p) / B) of it (plus 0.005 for the asymptotic approximation).
        var tallies = Segmented(
            ("a", [new CategoryCounts(80, 95, 110, 70, 0, 0)]),
            ("b", [new CategoryCounts(90, 80, 120, 75, 0, 0)]),
            ("c", [new CategoryCounts(70, 100, 95, 90, 0, 0)]));
        var feature = KanoComparison.BySegment(tallies, "plan", new ComparisonOptions { MonteCarloResamples = 20_000 }).Features[0];
        double p = feature.P!.Value;
        Assert.InRange(p, 0.05, 0.95); // a table whose p is not at an end, so the comparison has power
        double se = Math.Sqrt(p * (1 - p) / 20_000);
        Assert.InRange(feature.PMonteCarlo!.Value, p - (4 * se) - 0.005, p + (4 * se) + 0.005);
    }

    [Fact]
    public void Bad_arguments_are_rejected_with_what_is_available()
    {
        var tallies = Segmented(("a", [new CategoryCounts(1, 2, 3, 4, 0, 0)]), ("b", [new CategoryCounts(4, 3, 2, 1, 0, 0)]));
        var unknown = Assert.Throws<ArgumentException>(() => KanoComparison.BySegment(tallies, "region"));
        Assert.Contains("'region'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("plan", unknown.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ArgumentException>(() => KanoComparison.BySegment(new SurveyTallies([]), "plan"));
        Assert.Contains("no segments", none.Message, StringComparison.Ordinal);
        var wave = Counted(("f", new CategoryCounts(1, 2, 3, 4, 0, 0)));
        Assert.Throws<ArgumentException>(() => KanoComparison.Waves([("only", wave)]));
        Assert.Throws<ArgumentException>(() => KanoComparison.Waves([("x", wave), ("x", wave)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ComparisonOptions { MonteCarloResamples = 0 });
        Assert.Throws<ArgumentNullException>(() => new ComparisonOptions { Analysis = null! });
    }

    [Fact]
    public void Settings_name_the_random_steps_only_when_there_are_any()
    {
        var tallies = Segmented(("a", [new CategoryCounts(1, 2, 3, 4, 0, 0)]), ("b", [new CategoryCounts(4, 3, 2, 1, 0, 0)]));
        var plain = KanoComparison.BySegment(tallies, "plan").Settings;
        Assert.Equal(new ComparisonSettings("standard", 0.95, IntervalMethod.Wilson, ComparisonBaseline.Rest), plain);
        var boot = KanoComparison.BySegment(tallies, "plan", new ComparisonOptions { Analysis = KanoOptions.Default with { IntervalMethod = IntervalMethod.Bootstrap } }).Settings;
        Assert.Equal(2000, boot.Resamples);
        Assert.Equal(KanoOptions.DefaultSeed, boot.Seed);
        Assert.Null(boot.MonteCarloResamples);
    }
}
