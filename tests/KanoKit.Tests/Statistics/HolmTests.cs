using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class HolmTests
{
    [Fact]
    public void Matches_the_four_hypothesis_example()
    {
        // Wikipedia, "Holm–Bonferroni method", example: p = 0.01, 0.04, 0.03, 0.005 at α = 0.05 rejects H4
        // (0.005 < 0.05/4) and H1 (0.01 < 0.05/3) but not H3 (0.03 > 0.05/2). Adjusted p-values (R: p.adjust(p, "holm")):
        // 4·0.005 = 0.02, 3·0.01 = 0.03, max(0.03, 2·0.03) = 0.06, max(0.06, 1·0.04) = 0.06.
        var adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p!.Value, 12)));
        Assert.Equal([true, false, false, true], adjusted.Select(p => p <= 0.05));
    }

    [Fact]
    public void Undefined_p_values_stay_undefined_and_do_not_count()
    {
        var adjusted = Holm.Adjust([0.01, null, 0.04]);
        Assert.Equal(0.02, adjusted[0]!.Value, 12);
        Assert.Null(adjusted[1]);
        Assert.Equal(0.04, adjusted[2]!.Value, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => Holm.Adjust([1.5]));
    }

    [Property]
    public Property Adjusted_p_values_are_at_least_the_raw_ones_at_most_one_and_keep_their_order() =>
        Prop.ForAll(Gen.Choose(0, 1000).Select(k => k / 1000.0).ListOf().ToArbitrary(), raw =>
        {
            var input = raw.Select(p => (double?)p).ToList();
            var adjusted = Holm.Adjust(input);
            bool bounded = input.Zip(adjusted).All(pair => pair.Second >= pair.First && pair.Second <= 1);
            bool monotone = input.Zip(adjusted).All(a => input.Zip(adjusted).All(b => !(a.First < b.First) || a.Second <= b.Second));
            return bounded && monotone;
        });
}
