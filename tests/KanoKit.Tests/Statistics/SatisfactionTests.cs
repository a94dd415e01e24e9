using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class SatisfactionTests
{
    [Fact]
    public void Better_and_Worse_of_the_worked_example()
    {
        // KANO-METHODS §6: Better = 50/90 = 0.5556, Worse = −55/90 = −0.6111.
        Assert.Equal(50.0 / 90, Satisfaction.Better(WorkedExamples.Example)!.Value, 15);
        Assert.Equal(-55.0 / 90, Satisfaction.Worse(WorkedExamples.Example)!.Value, 15);
        Assert.Equal(0.5556, Math.Round(Satisfaction.Better(WorkedExamples.Example)!.Value, 4));
        Assert.Equal(-0.6111, Math.Round(Satisfaction.Worse(WorkedExamples.Example)!.Value, 4));
    }

    [Fact]
    public void Better_is_undefined_when_no_signal_pairs()
    {
        var onlyNoise = new CategoryCounts(0, 0, 0, 0, 4, 3);
        Assert.Null(Satisfaction.Better(onlyNoise));
        Assert.Null(Satisfaction.Worse(onlyNoise));
        Assert.Null(Satisfaction.Better(default));
    }

    [Fact]
    public void Reverse_and_questionable_pairs_stay_out_of_the_denominator()
    {
        var withNoise = new CategoryCounts(1, 1, 1, 1, 100, 100);
        Assert.Equal(0.5, Satisfaction.Better(withNoise));
        Assert.Equal(-0.5, Satisfaction.Worse(withNoise));
    }

    [Property]
    public Property Better_lies_in_0_1_and_Worse_in_minus_1_0() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            double? better = Satisfaction.Better(counts);
            double? worse = Satisfaction.Worse(counts);
            return counts.SignalTotal == 0
                ? better is null && worse is null
                : better is >= 0 and <= 1 && worse is >= -1 and <= 0;
        });

    [Property]
    public Property Adding_attractive_pairs_raises_Better_and_weakens_Worse() =>
        Prop.ForAll(Generators.TallyArb, Gen.Choose(1, 50).ToArbitrary(), (tally, extra) =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            var more = counts + new CategoryCounts(extra, 0, 0, 0, 0, 0);
            return Satisfaction.Better(more) >= (Satisfaction.Better(counts) ?? 0)
                && Satisfaction.Worse(more) >= (Satisfaction.Worse(counts) ?? -1);
        });

    [Theory]
    [InlineData(0.6, -0.6, KanoCategory.OneDimensional)]
    [InlineData(0.6, -0.2, KanoCategory.Attractive)]
    [InlineData(0.2, -0.6, KanoCategory.MustBe)]
    [InlineData(0.2, -0.2, KanoCategory.Indifferent)]
    [InlineData(0.5, -0.5, KanoCategory.OneDimensional)]
    [InlineData(0.4999, -0.5, KanoCategory.MustBe)]
    public void Quadrant_splits_the_Better_Worse_diagram_at_one_half(double better, double worse, KanoCategory expected) =>
        Assert.Equal(expected, Satisfaction.Quadrant(better, worse));

    [Fact]
    public void Quadrant_accepts_other_thresholds() =>
        Assert.Equal(KanoCategory.OneDimensional, Satisfaction.Quadrant(0.35, -0.3, 0.3, 0.25));
}
