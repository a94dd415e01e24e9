using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class ClopperPearsonTests
{
    [Theory]
    // R 4.x, binom.test(x, n)$conf.int (Clopper–Pearson, 95 %): binom.test(0, 10) → [0, 0.3084971];
    // binom.test(10, 10) → [0.6915029, 1]; binom.test(3, 10) → [0.06673951, 0.65245285].
    [InlineData(0, 10, 0.0, 0.3084971)]
    [InlineData(10, 10, 0.6915029, 1.0)]
    [InlineData(3, 10, 0.06673951, 0.65245285)]
    // x = 0 has the closed form upper = 1 − (α/2)^(1/n) (Clopper & Pearson 1934): n = 1 → 0.975, n = 20 → 0.1684335.
    [InlineData(0, 1, 0.0, 0.975)]
    [InlineData(0, 20, 0.0, 0.1684335)]
    [InlineData(1, 1, 0.025, 1.0)]
    public void Matches_published_exact_intervals(long x, long n, double lower, double upper)
    {
        var interval = ProportionInterval.Compute(x, n, 0.95, IntervalMethod.ClopperPearson)!.Value;
        Assert.Equal(lower, interval.Lower, 7e-8);
        Assert.Equal(upper, interval.Upper, 7e-8);
    }
}
