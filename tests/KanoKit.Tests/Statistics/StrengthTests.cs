using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class StrengthTests
{
    [Fact]
    public void Category_strength_of_the_worked_example_is_5_percent()
    {
        // KANO-METHODS §4: 30 % − 25 % = 5 % (weak); total strength 75 %.
        Assert.Equal(0.05, Strength.Category(WorkedExamples.Example)!.Value, 12);
        Assert.Equal(0.75, Strength.Total(WorkedExamples.Example)!.Value, 12);
    }

    [Fact]
    public void Category_strength_runs_over_all_six_categories()
    {
        var reverseHeavy = new CategoryCounts(10, 0, 0, 0, 40, 50);
        Assert.Equal(0.1, Strength.Category(reverseHeavy)!.Value, 12);
        Assert.Equal(0.1, Strength.Total(reverseHeavy)!.Value, 12);
    }

    [Fact]
    public void Exact_ties_have_zero_category_strength() =>
        Assert.Equal(0.0, Strength.Category(WorkedExamples.Tie));

    [Fact]
    public void Strengths_are_undefined_without_pairs()
    {
        Assert.Null(Strength.Category(default));
        Assert.Null(Strength.Total(default));
    }
}
