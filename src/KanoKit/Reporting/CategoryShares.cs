using System.Text.Json.Serialization;

namespace KanoKit.Reporting;

/// <summary>Each category's share of the valid pairs N, as fractions that add up to 1.</summary>
/// <param name="A">Attractive share.</param>
/// <param name="O">One-dimensional share.</param>
/// <param name="M">Must-be share.</param>
/// <param name="I">Indifferent share.</param>
/// <param name="R">Reverse share.</param>
/// <param name="Q">Questionable share.</param>
public sealed record CategoryShares(
    [property: JsonPropertyName("A")] double A,
    [property: JsonPropertyName("O")] double O,
    [property: JsonPropertyName("M")] double M,
    [property: JsonPropertyName("I")] double I,
    [property: JsonPropertyName("R")] double R,
    [property: JsonPropertyName("Q")] double Q)
{
    /// <summary>The shares of <paramref name="counts"/>, or <see langword="null"/> when there is no pair.</summary>
    public static CategoryShares? From(CategoryCounts counts)
    {
        double n = counts.Total;
        return n == 0 ? null : new CategoryShares(counts.A / n, counts.O / n, counts.M / n, counts.I / n, counts.R / n, counts.Q / n);
    }

    /// <summary>The share of one category.</summary>
    [JsonIgnore]
    public double this[KanoCategory category] => category switch
    {
        KanoCategory.Attractive => A,
        KanoCategory.OneDimensional => O,
        KanoCategory.MustBe => M,
        KanoCategory.Indifferent => I,
        KanoCategory.Reverse => R,
        KanoCategory.Questionable => Q,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category."),
    };
}
