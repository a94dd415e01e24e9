using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class CoefficientDifferenceTests
{
    [Fact]
    public void Better_difference_matches_Newcombes_published_interval()
    {
        // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10: 56/70 − 48/80 → [0.0524, 0.3339];
        // 9/10 − 3/10 → [0.1705, 0.8090]. Better = (A + O)/N′ with A + O = x and N′ = n.
        var d = CoefficientDifference.Newcombe(new CategoryCounts(40, 16, 0, 14, 3, 1), new CategoryCounts(48, 0, 0, 32, 0, 0));
        Assert.Equal((0.0524, 0.3339), (Math.Round(d.BetterInterval!.Value.Lower, 4), Math.Round(d.BetterInterval.Value.Upper, 4)));
        // |Worse| = (O + M)/N′: 9/10 − 3/10, so Worse₁ − Worse₂ = −0.6 with the negated interval [−0.8090, −0.1705].
        var w = CoefficientDifference.Newcombe(new CategoryCounts(0, 4, 5, 1, 0, 0), new CategoryCounts(0, 1, 2, 7, 0, 0));
        Assert.Equal(-0.6, w.Worse!.Value, 12);
        Assert.Equal((-0.8090, -0.1705), (Math.Round(w.WorseInterval!.Value.Lower, 4), Math.Round(w.WorseInterval.Value.Upper, 4)));
    }

    [Fact]
    public void Bootstrap_differences_agree_with_Newcombes_on_large_groups_and_are_seeded()
    {
        var one = new CategoryCounts(300, 250, 200, 250, 10, 5);
        var two = new CategoryCounts(250, 200, 300, 250, 5, 10);
        var newcombe = CoefficientDifference.Newcombe(one, two);
        var settings = new BootstrapSettings { Resamples = 4000, Seed = 11 };
        var bootstrap = CoefficientDifference.Bootstrap(one, two, settings);
        Assert.Equal(newcombe.Better, bootstrap.Better);
        Assert.Equal(newcombe.Worse, bootstrap.Worse);
        Assert.Equal(newcombe.BetterInterval!.Value.Lower, bootstrap.BetterInterval!.Value.Lower, 0.01);
        Assert.Equal(newcombe.BetterInterval.Value.Upper, bootstrap.BetterInterval.Value.Upper, 0.01);
        Assert.Equal(newcombe.WorseInterval!.Value.Lower, bootstrap.WorseInterval!.Value.Lower, 0.01);
        Assert.Equal(newcombe.WorseInterval.Value.Upper, bootstrap.WorseInterval.Value.Upper, 0.01);
        Assert.Equal(bootstrap, CoefficientDifference.Bootstrap(one, two, settings));
        Assert.NotEqual(bootstrap, CoefficientDifference.Bootstrap(one, two, settings with { Seed = 12 }));
    }

    [Property(MaxTest = 200)]
    public Property Newcombe_differences_contain_their_point_and_Worse_mirrors_absolute_Worse() =>
        Prop.ForAll(Gen.Choose(0, 30).ArrayOf(12).ToArbitrary(), c =>
        {
            var one = new CategoryCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
            var two = new CategoryCounts(c[6], c[7], c[8], c[9], c[10], c[11]);
            var d = CoefficientDifference.Newcombe(one, two);
            if (one.SignalTotal == 0 || two.SignalTotal == 0)
            {
                return d == default;
            }

            var absolute = ProportionDifference.Newcombe(one.O + one.M, one.SignalTotal, two.O + two.M, two.SignalTotal)!.Value;
            return d.BetterInterval!.Value.Contains(d.Better!.Value)
                && d.WorseInterval!.Value.Contains(d.Worse!.Value)
                && d.WorseInterval == absolute.Negate();
        });

}
