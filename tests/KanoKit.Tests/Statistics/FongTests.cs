using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class FongTests
{
    [Fact]
    public void Worked_example_is_not_significant()
    {
        // KANO-METHODS §5: a=30, b=25, N=100 → 1.65 · sqrt(55 · 145 / 200) = 10.419 > 5.
        var result = Fong.Test(WorkedExamples.Example)!.Value;
        Assert.Equal(5, result.Statistic);
        Assert.Equal(10.419, Math.Round(result.Threshold, 3));
        Assert.False(result.Significant);
    }

    [Fact]
    public void A_clear_winner_is_significant()
    {
        var result = Fong.Test(new CategoryCounts(5, 10, 70, 10, 3, 2))!.Value;
        Assert.Equal(60, result.Statistic);
        Assert.True(result.Significant);
    }

    [Fact]
    public void A_larger_z_raises_the_threshold_proportionally()
    {
        var at165 = Fong.Test(WorkedExamples.Example)!.Value;
        var at196 = Fong.Test(WorkedExamples.Example, 1.96)!.Value;
        Assert.Equal(at165.Threshold / 1.65 * 1.96, at196.Threshold, 12);
    }

    [Fact]
    public void Fong_is_undefined_without_pairs_and_z_must_be_positive()
    {
        Assert.Null(Fong.Test(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fong.Test(WorkedExamples.Example, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fong.Test(WorkedExamples.Example, double.PositiveInfinity));
    }

    [Property]
    public Property Fong_statistic_is_the_gap_between_the_top_two_counts() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            var result = Fong.Test(counts);
            if (counts.Total == 0)
            {
                return result is null;
            }

            var sorted = KanoCategories.All.Select(c => counts[c]).OrderDescending().ToArray();
            double a = sorted[0], b = sorted[1], n = counts.Total;
            double threshold = 1.65 * Math.Sqrt((a + b) * ((2 * n) - a - b) / (2 * n));
            return result!.Value.Statistic == a - b
                && Math.Abs(result.Value.Threshold - threshold) < 1e-9
                && result.Value.Significant == (a - b >= threshold);
        });
}
