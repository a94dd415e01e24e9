using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class ProportionDifferenceTests
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (score interval, no continuity correction), 95 %.
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    // 6/7 − 2/7: the brief that commissioned this test quoted 0.0026 to 0.8062 as Newcombe's values; method 10 as the
    // paper defines it gives 0.0582 (Wilson 6/7 = [0.4869, 0.9743], 2/7 = [0.0822, 0.6411]: 0.5714 − sqrt(0.3702² + 0.3554²)).
    // The upper limit agrees; 0.0026 is not reproducible from method 10 and was not verified against the paper.
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    [InlineData(10, 10, 0, 20, 0.6791, 1.0000)]
    public void Matches_Newcombe_1998_table_II(long x1, long n1, long x2, long n2, double lower, double upper)
    {
        var interval = ProportionDifference.Newcombe(x1, n1, x2, n2)!.Value;
        Assert.Equal(lower, Math.Round(interval.Lower, 4));
        Assert.Equal(upper, Math.Round(interval.Upper, 4));
    }

    [Fact]
    public void Undefined_without_trials() => Assert.Null(ProportionDifference.Newcombe(0, 0, 3, 10));

    [Property]
    public Property Contains_the_difference_and_widens_with_confidence() =>
        Prop.ForAll(Gen.Choose(1, 200).Two().ToArbitrary(), Gen.Choose(0, 1000).Two().ToArbitrary(), (ns, xs) =>
        {
            long n1 = ns.Item1, n2 = ns.Item2, x1 = xs.Item1 % (n1 + 1), x2 = xs.Item2 % (n2 + 1);
            var at90 = ProportionDifference.Newcombe(x1, n1, x2, n2, 0.90)!.Value;
            var at99 = ProportionDifference.Newcombe(x1, n1, x2, n2, 0.99)!.Value;
            double theta = ((double)x1 / n1) - ((double)x2 / n2);
            return at90.Contains(theta) && at99.Lower <= at90.Lower && at99.Upper >= at90.Upper && at99.Lower >= -1 && at99.Upper <= 1;
        });
}
