using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class SampleSizeTests
{
    [Fact]
    public void Half_width_5_points_at_95_percent_needs_385()
    {
        // Cochran (1977), the textbook n₀ = z² p q / d² = 1.96² · 0.25 / 0.05² = 384.2 → 385 (z = 1.959964).
        Assert.Equal(385, SampleSize.ForHalfWidth(0.05));
        // d = 0.03 → 1067.1 → 1068, the familiar "about 1,000 for ±3 points" of opinion polls.
        Assert.Equal(1068, SampleSize.ForHalfWidth(0.03));
    }

    [Fact]
    public void Respondents_for_better_divide_by_the_signal_share() =>
        Assert.Equal(482, SampleSize.RespondentsForCoefficient(0.05, signalShare: 0.8));

    [Fact]
    public void Two_proportions_match_Rs_power_prop_test()
    {
        // R ?power.prop.test: power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 per group.
        Assert.Equal(76.7, Math.Round(SampleSize.PerGroupForDifferenceExact(0.5, 0.75, 0.05, 0.9), 1));
        Assert.Equal(77, SampleSize.PerGroupForDifference(0.5, 0.75, 0.05, 0.9));
        // 0.5 vs 0.6 at α = .05, power .8 (Fleiss et al. 2003 eq. 4.14 without continuity correction): 387.3 → 388.
        Assert.Equal(388, SampleSize.PerGroupForDifference(0.5, 0.6));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForHalfWidth(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.PerGroupForDifference(0.5, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.PerGroupForDifference(0.5, 0.6, power: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.RespondentsForCoefficient(0.05, signalShare: 0));
    }

    [Property]
    public Property The_planned_n_gives_at_most_the_half_width_and_one_less_does_not() =>
        Prop.ForAll(Gen.Choose(5, 200).ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (thousandths, percent) =>
        {
            double e = thousandths / 1000.0;
            double p = percent / 100.0;
            long n = SampleSize.ForHalfWidth(e, 0.95, p);
            double z = ProportionInterval.NormalQuantile(0.95);
            double Half(long size) => z * Math.Sqrt(p * (1 - p) / size);
            return Half(n) <= e + 1e-12 && (n == 1 || Half(n - 1) > e - 1e-12);
        });
}
