using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KanoKit.Tests.Tallies;

public class CategoryCountsTests
{
    [Property]
    public Property Category_counts_sum_to_the_tally_total() =>
        Prop.ForAll(Generators.TallyArb, tally =>
            CategoryCounts.From(tally, EvaluationTable.Standard).Total == tally.Total
            && CategoryCounts.From(tally, EvaluationTable.Pouliot).Total == tally.Total);

    [Property(MaxTest = 50)]
    public Property Counts_equal_classifying_every_pair_one_by_one() =>
        Prop.ForAll(Generators.Columns, columns =>
        {
            var perPair = new long[6];
            for (int i = 0; i < columns.Functional.Length; i++)
            {
                if (columns.Functional[i] != Answer.Missing && columns.Dysfunctional[i] != Answer.Missing)
                {
                    perPair[(int)EvaluationTable.Standard.Classify(columns.Functional[i], columns.Dysfunctional[i])]++;
                }
            }

            var counts = CategoryCounts.From(PairTally.Count(columns.Functional, columns.Dysfunctional), EvaluationTable.Standard);
            return KanoCategories.All.All(c => counts[c] == perPair[(int)c]);
        });

    [Fact]
    public void A_single_pair_lands_in_the_category_the_table_gives_it()
    {
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            var cells = new long[PairTally.CellCount];
            cells[cell] = 1;
            var counts = CategoryCounts.From(PairTally.FromCells(cells), EvaluationTable.Standard);
            var expected = EvaluationTable.Standard.Classify((Answer)((cell / 5) + 1), (Answer)((cell % 5) + 1));
            Assert.Equal(1, counts[expected]);
            Assert.Equal(1, counts.Total);
        }
    }

    [Fact]
    public void Published_counts_keep_their_values_and_totals()
    {
        var counts = new CategoryCounts(20, 30, 25, 15, 5, 5);
        Assert.Equal((20, 30, 25, 15, 5, 5), (counts.A, counts.O, counts.M, counts.I, counts.R, counts.Q));
        Assert.Equal(100, counts.Total);
        Assert.Equal(90, counts.SignalTotal);
        Assert.Equal(0.3, counts.Share(KanoCategory.OneDimensional));
        Assert.Null(default(CategoryCounts).Share(KanoCategory.Attractive));
        Assert.Equal("A=20 O=30 M=25 I=15 R=5 Q=5", counts.ToString());
        Assert.Equal(new CategoryCounts(40, 60, 50, 30, 10, 10), counts + counts);
    }

    [Fact]
    public void Negative_counts_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CategoryCounts(1, 2, 3, -1, 0, 0));
}
