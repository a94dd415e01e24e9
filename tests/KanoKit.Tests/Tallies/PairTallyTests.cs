using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KanoKit.Tests.Tallies;

public class PairTallyTests
{
    [Fact]
    public void Count_tallies_each_pair_into_its_cell_and_missing_sides_into_Missing()
    {
        Answer[] functional = [Answer.Like, Answer.Like, Answer.MustBe, Answer.Missing, Answer.Dislike, Answer.Like];
        Answer[] dysfunctional = [Answer.Dislike, Answer.Dislike, Answer.Dislike, Answer.Neutral, Answer.Missing, Answer.Neutral];

        var tally = PairTally.Count(functional, dysfunctional);

        Assert.Equal(2, tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(1, tally[Answer.MustBe, Answer.Dislike]);
        Assert.Equal(1, tally[Answer.Like, Answer.Neutral]);
        Assert.Equal(4, tally.Total);
        Assert.Equal(2, tally.Missing);
    }

    [Fact]
    public void Count_of_empty_columns_is_the_empty_tally()
    {
        var tally = PairTally.Count([], []);
        Assert.Equal(PairTally.Empty, tally);
        Assert.Equal(0, tally.Total);
        Assert.Equal(0, tally.Missing);
    }

    [Fact]
    public void Columns_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => PairTally.Count([Answer.Like], []));
        Assert.Contains("1 answers", error.Message);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(17, false)]
    [InlineData(31, true)]
    [InlineData(32, false)]
    [InlineData(4095, true)]
    [InlineData(9_000, false)]
    [InlineData(9_999, true)]
    public void A_byte_above_5_is_an_ArgumentException_naming_column_and_position(int position, bool inFunctional)
    {
        var (functional, dysfunctional) = Generators.Fill(10_000, position, 10);
        (inFunctional ? functional : dysfunctional)[position] = (Answer)(6 + (position % 200));

        var error = Assert.Throws<ArgumentException>(() => PairTally.Count(functional, dysfunctional));
        Assert.Contains($"position {position}", error.Message);
        Assert.Contains(inFunctional ? "functional" : "dysfunctional", error.Message);
        Assert.Throws<ArgumentException>(() => PairTally.CountScalar(functional, dysfunctional));
    }

    [Fact]
    public void Count_handles_more_than_255_blocks_of_one_key_without_byte_overflow()
    {
        int length = (Vector<byte>.Count * 255 * 3) + 7;
        var functional = Enumerable.Repeat(Answer.Like, length).ToArray();
        var dysfunctional = Enumerable.Repeat(Answer.Dislike, length).ToArray();

        var tally = PairTally.Count(functional, dysfunctional);

        Assert.Equal(length, tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(length, tally.Total);
    }

    [Property(MaxTest = 200)]
    public Property Vectorised_count_equals_the_scalar_loop_for_random_columns() =>
        Prop.ForAll(Generators.Columns, columns =>
        {
            var vectorised = PairTally.Count(columns.Functional, columns.Dysfunctional);
            var scalar = PairTally.CountScalar(columns.Functional, columns.Dysfunctional);
            return vectorised == scalar && vectorised.Total + vectorised.Missing == columns.Functional.Length;
        });

    [Property]
    public Property Vectorised_count_equals_a_plain_loop_over_unaligned_slices() =>
        Prop.ForAll(Generators.Columns, Gen.Choose(0, 63).ToArbitrary(), (columns, skip) =>
        {
            int start = Math.Min(skip, columns.Functional.Length);
            var f = columns.Functional.AsSpan(start);
            var d = columns.Dysfunctional.AsSpan(start);
            var expected = new long[PairTally.CellCount];
            long missing = 0;
            for (int i = 0; i < f.Length; i++)
            {
                if (f[i] == Answer.Missing || d[i] == Answer.Missing)
                {
                    missing++;
                }
                else
                {
                    expected[(((int)f[i] - 1) * 5) + (int)d[i] - 1]++;
                }
            }

            return PairTally.Count(f, d) == PairTally.FromCells(expected, missing);
        });

    [Property]
    public Property Merging_is_commutative() =>
        Prop.ForAll(Generators.TallyArb, Generators.TallyArb, (a, b) => a + b == b + a);

    [Property]
    public Property Merging_is_associative() =>
        Prop.ForAll(Generators.TallyArb, Generators.TallyArb, Generators.TallyArb, (a, b, c) => (a + b) + c == a + (b + c));

    [Property]
    public Property The_empty_tally_is_the_identity_of_merging() =>
        Prop.ForAll(Generators.TallyArb, a => a + PairTally.Empty == a && PairTally.Empty.Merge(a) == a);

    [Property(MaxTest = 100)]
    public Property Merging_tallies_equals_tallying_the_concatenated_input() =>
        Prop.ForAll(Generators.Columns, Generators.Columns, (first, second) =>
        {
            var concatenated = PairTally.Count(
                [.. first.Functional, .. second.Functional],
                [.. first.Dysfunctional, .. second.Dysfunctional]);
            return PairTally.Count(first.Functional, first.Dysfunctional) + PairTally.Count(second.Functional, second.Dysfunctional)
                == concatenated;
        });

    [Property]
    public Property FromCells_round_trips_through_the_indexer() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            long[] cells = tally.ToCellArray();
            for (var f = Answer.Like; f <= Answer.Dislike; f++)
            {
                for (var d = Answer.Like; d <= Answer.Dislike; d++)
                {
                    if (tally[f, d] != cells[(((int)f - 1) * 5) + (int)d - 1])
                    {
                        return false;
                    }
                }
            }

            return PairTally.FromCells(cells, tally.Missing) == tally && cells.Sum() == tally.Total;
        });

    [Fact]
    public void FromCells_rejects_wrong_lengths_and_negative_counts()
    {
        Assert.Throws<ArgumentException>(() => PairTally.FromCells(new long[24]));
        var negative = new long[25];
        negative[3] = -1;
        Assert.Throws<ArgumentOutOfRangeException>(() => PairTally.FromCells(negative));
        Assert.Throws<ArgumentOutOfRangeException>(() => PairTally.FromCells(new long[25], -1));
    }

    [Fact]
    public void Indexer_rejects_missing_answers() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PairTally.Empty[Answer.Missing, Answer.Like]);

    [Fact]
    public void Equal_tallies_have_equal_hash_codes()
    {
        var (f, d) = Generators.Fill(1000, 7, 5);
        Assert.Equal(PairTally.Count(f, d).GetHashCode(), PairTally.CountScalar(f, d).GetHashCode());
        Assert.NotEqual(PairTally.Count(f, d), PairTally.Count(f, d) + PairTally.FromCells(new long[25], 1));
    }
}
