using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class DominanceTests
{
    [Fact]
    public void The_most_frequent_category_dominates() =>
        Assert.Equal(new DominantCategory(KanoCategory.OneDimensional, false), Dominance.Find(WorkedExamples.Example));

    [Fact]
    public void Exact_ties_go_to_must_be_over_one_dimensional_over_attractive() =>
        Assert.Equal(new DominantCategory(KanoCategory.MustBe, true), Dominance.Find(WorkedExamples.Tie));

    [Theory]
    [InlineData(5, 5, 0, 0, 0, 0, KanoCategory.OneDimensional)]
    [InlineData(5, 0, 0, 5, 0, 0, KanoCategory.Attractive)]
    [InlineData(0, 0, 0, 5, 5, 0, KanoCategory.Indifferent)]
    [InlineData(0, 0, 0, 0, 5, 5, KanoCategory.Reverse)]
    [InlineData(3, 3, 3, 3, 3, 3, KanoCategory.MustBe)]
    public void Tie_rule_is_M_O_A_I_R_Q(long a, long o, long m, long i, long r, long q, KanoCategory expected)
    {
        var dominant = Dominance.Find(new CategoryCounts(a, o, m, i, r, q))!.Value;
        Assert.Equal(expected, dominant.Category);
        Assert.True(dominant.Tie);
    }

    [Fact]
    public void A_six_point_band_reports_I_42_A_41_as_attractive()
    {
        // KANO-METHODS §3: one published R package uses a band of 0.06 (six points); I = 42 %, A = 41 % is reported as A.
        var counts = new CategoryCounts(41, 10, 5, 42, 1, 1);
        Assert.Equal(new DominantCategory(KanoCategory.Indifferent, false), Dominance.Find(counts));
        Assert.Equal(new DominantCategory(KanoCategory.Attractive, true), Dominance.Find(counts, TieRule.Band(0.06)));
    }

    [Fact]
    public void The_band_edge_counts_as_tied_and_beyond_it_does_not()
    {
        var counts = new CategoryCounts(36, 0, 0, 42, 22, 0);
        Assert.Equal(KanoCategory.Attractive, Dominance.Find(counts, TieRule.Band(0.06))!.Value.Category);
        Assert.Equal(KanoCategory.Indifferent, Dominance.Find(counts, TieRule.Band(0.059))!.Value.Category);
    }

    [Fact]
    public void No_pairs_no_dominant_category() => Assert.Null(Dominance.Find(default));

    [Fact]
    public void Band_is_a_fraction_between_0_and_1()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TieRule.Band(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieRule.Band(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => TieRule.Band(1.01));
    }

    [Property]
    public Property The_dominant_category_has_the_top_count() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            var dominant = Dominance.Find(counts);
            return counts.Total == 0
                ? dominant is null
                : KanoCategories.All.All(c => counts[c] <= counts[dominant!.Value.Category]);
        });

    [Property]
    public Property A_wider_band_never_picks_a_weaker_category_by_priority() =>
        Prop.ForAll(Generators.TallyArb, Gen.Choose(0, 100).ToArbitrary(), (tally, band) =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            if (counts.Total == 0)
            {
                return true;
            }

            int Rank(KanoCategory c) => TieRule.Priority.ToList().IndexOf(c);
            return Rank(Dominance.Find(counts, TieRule.Band(band / 100.0))!.Value.Category) <= Rank(Dominance.Find(counts)!.Value.Category);
        });
}
