using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;
using Interval = KanoKit.Statistics.Interval;

namespace KanoKit.Tests.Statistics;

public class MultinomialBootstrapTests
{
    private static readonly BootstrapSettings Quick = new() { Resamples = 400, Seed = 11 };

    /// <summary>A tally whose cells give A=20, O=30, M=25, I=15, R=5, Q=5 (KANO-METHODS §3), scaled by <paramref name="scale"/>.</summary>
    private static PairTally Example(long scale)
    {
        var cells = new long[PairTally.CellCount];
        cells[1] = 20 * scale; // (Like, Must-be) = A
        cells[4] = 30 * scale; // (Like, Dislike) = O
        cells[9] = 25 * scale; // (Must-be, Dislike) = M
        cells[12] = 15 * scale; // (Neutral, Neutral) = I
        cells[5] = 5 * scale; // (Must-be, Like) = R
        cells[0] = 5 * scale; // (Like, Like) = Q
        return PairTally.FromCells(cells);
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_results_and_another_seed_differs()
    {
        var first = MultinomialBootstrap.Run(Example(1), EvaluationTable.Standard, Quick);
        var second = MultinomialBootstrap.Run(Example(1), EvaluationTable.Standard, Quick);
        var other = MultinomialBootstrap.Run(Example(1), EvaluationTable.Standard, Quick with { Seed = 12 });
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Seeded_results_are_pinned_so_that_any_change_to_the_random_stream_is_seen()
    {
        // Recorded from this implementation (xoshiro256** + BTRS/inversion). A change here means every user's
        // seeded results change: that is a breaking change and must be deliberate.
        var result = MultinomialBootstrap.Run(Example(1), EvaluationTable.Standard, Quick)!;
        Assert.Equal(0.4418354588647162, result.Better!.Value.Lower);
        Assert.Equal(0.6521739130434783, result.Better.Value.Upper);
        Assert.Equal(2.5, result.FunctionalMean.Lower);
        Assert.Equal(0.6675, result.Stability.Share);
    }

    [Fact]
    public void Share_intervals_agree_with_Wilson_on_a_large_tally()
    {
        // With n = 10,000 the bootstrap distribution of a share is close to normal with sd sqrt(p(1 − p)/n), so the
        // percentile interval should agree with Wilson's (Newcombe 1998) to well under a percentage point.
        var tally = Example(100);
        var result = MultinomialBootstrap.Run(tally, EvaluationTable.Standard, new BootstrapSettings { Seed = 5 })!;
        var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
        foreach (var category in KanoCategories.All)
        {
            var wilson = ProportionInterval.Compute(counts[category], counts.Total, 0.95)!.Value;
            Assert.Equal(wilson.Lower, result.Shares[category].Lower, 0.003);
            Assert.Equal(wilson.Upper, result.Shares[category].Upper, 0.003);
        }

        var better = ProportionInterval.Compute(counts.A + counts.O, counts.SignalTotal, 0.95)!.Value;
        Assert.Equal(better.Lower, result.Better!.Value.Lower, 0.004);
        Assert.Equal(better.Upper, result.Better!.Value.Upper, 0.004);
        Assert.Equal(2000, result.SignalResamples);
    }

    [Fact]
    public void Worse_is_the_negated_absolute_worse_interval()
    {
        var result = MultinomialBootstrap.Run(Example(1), EvaluationTable.Standard, Quick)!;
        Assert.Equal(result.AbsoluteWorse!.Value.Negate(), result.Worse);
        Assert.True(result.Worse!.Value.Contains(Satisfaction.Worse(new CategoryCounts(20, 30, 25, 15, 5, 5))!.Value));
    }

    [Fact]
    public void An_empty_tally_has_no_bootstrap() =>
        Assert.Null(MultinomialBootstrap.Run(PairTally.Empty, EvaluationTable.Standard));

    [Fact]
    public void Better_and_worse_are_undefined_when_no_resample_has_a_signal_pair()
    {
        var cells = new long[PairTally.CellCount];
        cells[5] = 7; // R only
        var result = MultinomialBootstrap.Run(PairTally.FromCells(cells), EvaluationTable.Standard, Quick)!;
        Assert.Equal(0, result.SignalResamples);
        Assert.Null(result.Better);
        Assert.Null(result.Worse);
        Assert.Equal(new Interval(1, 1), result.Shares.R);
        Assert.Equal(new CategoryStability(KanoCategory.Reverse, 1, null, null), result.Stability);
    }

    [Fact]
    public void Resamples_without_signal_pairs_are_left_out_of_better_and_counted()
    {
        var cells = new long[PairTally.CellCount];
        cells[1] = 1; // one A
        cells[5] = 20; // twenty R
        var result = MultinomialBootstrap.Run(PairTally.FromCells(cells), EvaluationTable.Standard, Quick)!;
        // P(no A in 21 draws with p = 1/21) = (20/21)^21 ≈ 0.36: about 36 % of resamples have N′ = 0.
        Assert.InRange(result.SignalResamples, 400 * 0.54, 400 * 0.74);
        Assert.Equal(new Interval(1, 1), result.Better);
    }

    [Fact]
    public void A_clear_winner_is_stable_and_an_exact_tie_splits()
    {
        var clear = MultinomialBootstrap.Run(Example(1) + Example(1), EvaluationTable.Standard, Quick with { Resamples = 1000 })!;
        Assert.Equal(KanoCategory.OneDimensional, clear.Stability.Category);
        Assert.Equal(KanoCategory.MustBe, clear.Stability.RunnerUp);
        Assert.True(clear.Stability.Share > 0.6 && clear.Stability.Share < 0.95, clear.Stability.ToString());

        var cells = new long[PairTally.CellCount];
        cells[1] = 500; // A
        cells[9] = 500; // M
        var tie = MultinomialBootstrap.Run(PairTally.FromCells(cells), EvaluationTable.Standard, Quick with { Resamples = 2000 })!;
        Assert.Equal(KanoCategory.MustBe, tie.Stability.Category); // the exact tie goes to M by priority
        Assert.Equal(KanoCategory.Attractive, tie.Stability.RunnerUp);
        // Each side wins about half of the resamples (an exact tie in a resample, P ≈ 0.025, goes to M).
        Assert.InRange(tie.Stability.Share, 0.45, 0.57);
        Assert.Equal(1, tie.Stability.Share + tie.Stability.RunnerUpShare!.Value, 12);
    }

    [Property(MaxTest = 60)]
    public Property Every_interval_contains_its_point_estimate() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var result = MultinomialBootstrap.Run(tally, EvaluationTable.Standard, Quick);
            if (tally.Total == 0)
            {
                return result is null;
            }

            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            var continuous = ContinuousScores.From(tally);
            bool shares = KanoCategories.All.All(c => result!.Shares[c].Contains(counts.Share(c)!.Value));
            bool better = Satisfaction.Better(counts) is not { } b || result!.Better!.Value.Contains(b);
            bool worse = Satisfaction.Worse(counts) is not { } w || result!.Worse!.Value.Contains(w);
            return shares && better && worse
                && result!.FunctionalMean.Contains(continuous.FunctionalMean!.Value)
                && result.DysfunctionalMean.Contains(continuous.DysfunctionalMean!.Value);
        });

    [Property(MaxTest = 40)]
    public Property Intervals_widen_with_confidence() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var narrow = MultinomialBootstrap.Run(tally, EvaluationTable.Standard, Quick with { Confidence = 0.8 });
            var wide = MultinomialBootstrap.Run(tally, EvaluationTable.Standard, Quick with { Confidence = 0.99 });
            if (narrow is null)
            {
                return wide is null;
            }

            static bool Within(Interval inner, Interval outer) => outer.Lower <= inner.Lower && inner.Upper <= outer.Upper;
            return KanoCategories.All.All(c => Within(narrow.Shares[c], wide!.Shares[c]))
                && Within(narrow.FunctionalMean, wide!.FunctionalMean)
                && (narrow.Better is null || Within(narrow.Better.Value, wide.Better!.Value));
        });

    [Fact]
    public void Stability_uses_the_same_rule_as_dominance_find()
    {
        // The span version used per resample must agree with Dominance.Find on every count 6-tuple 0..4, exact and banded.
        Span<long> counts = stackalloc long[6];
        for (int code = 1; code < 15625; code++)
        {
            int rest = code;
            for (int k = 0; k < 6; k++)
            {
                counts[k] = rest % 5;
                rest /= 5;
            }

            var value = new CategoryCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
            foreach (double band in (double[])[0, 0.06, 0.25])
            {
                var expected = Dominance.Find(value, band == 0 ? TieRule.Exact : TieRule.Band(band))!.Value;
                var (category, tie) = Plurality.Find(counts, band);
                Assert.Equal(expected, new DominantCategory(category, tie));
            }
        }
    }

    [Fact]
    public void Type_7_percentiles_match_R_quantile()
    {
        // R: quantile(1:10, c(0.025, 0.975)) gives 1.225 and 9.775 (type 7, the default).
        double[] values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
        var interval = Percentile.Interval(values, 0.95);
        Assert.Equal(1.225, interval.Lower, 12);
        Assert.Equal(9.775, interval.Upper, 12);
    }

    [Fact]
    public void Settings_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings { Resamples = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapSettings { Confidence = 1 });
        Assert.Equal(2000, BootstrapSettings.Default.Resamples);
    }
}
