using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading.Layouts;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>
/// The order of sorted respondent ids must be a strict total order — the same text alone compares equal, comparisons
/// reverse when swapped, and order is transitive — or a file read by runs could take a returning respondent for a new one.
/// </summary>
public class RespondentOrderTests
{
    private static readonly Gen<string> Ids =
        Gen.Elements('0', '1', '9', 'a', 'R', '_', '-', ' ', 'é').ArrayOf().Select(chars => new string(chars));

    [Property(MaxTest = 2000)]
    public Property Only_the_same_text_compares_equal_and_swapping_reverses_the_comparison() =>
        Prop.ForAll(Ids.ToArbitrary(), Ids.ToArbitrary(), (a, b) =>
        {
            int ab = RespondentOrder.Compare(a, b);
            return (ab == 0) == (a == b) && ab == -RespondentOrder.Compare(b, a);
        });

    [Property(MaxTest = 2000)]
    public Property The_order_is_transitive() =>
        Prop.ForAll(Ids.ToArbitrary(), Ids.ToArbitrary(), Ids.ToArbitrary(), (a, b, c) =>
        {
            string[] sorted = [a, b, c];
            Array.Sort(sorted, (x, y) => RespondentOrder.Compare(x, y));
            return RespondentOrder.Compare(sorted[0], sorted[1]) <= 0 && RespondentOrder.Compare(sorted[1], sorted[2]) <= 0
                && RespondentOrder.Compare(sorted[0], sorted[2]) <= 0;
        });

    [Theory]
    [InlineData("9", "10")]
    [InlineData("R2", "R10")]
    [InlineData("r007", "r7")]
    [InlineData("r7", "r08")]
    [InlineData("100", "a")]
    [InlineData("a", "b")]
    [InlineData("a", "a1")]
    [InlineData("2024-1-9", "2024-1-10")]
    public void Ids_come_in_this_order(string before, string after)
    {
        Assert.True(RespondentOrder.Compare(before, after) < 0);
        Assert.True(RespondentOrder.Compare(after, before) > 0);
    }
}
