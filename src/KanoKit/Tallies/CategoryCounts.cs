using System.Text.Json.Serialization;

namespace KanoKit;

/// <summary>
/// How many valid answer pairs of one feature fall into each Kano category: the counts of a tally under an
/// evaluation table, or counts taken directly from a published table.
/// </summary>
public readonly record struct CategoryCounts
{
    /// <summary>Creates counts from the six category counts, as a published table lists them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    [JsonConstructor]
    public CategoryCounts(long a, long o, long m, long i, long r, long q)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(o);
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfNegative(r);
        ArgumentOutOfRangeException.ThrowIfNegative(q);
        (A, O, M, I, R, Q) = (a, o, m, i, r, q);
    }

    /// <summary>Attractive.</summary>
    [JsonPropertyName("A")]
    public long A { get; }

    /// <summary>One-dimensional.</summary>
    [JsonPropertyName("O")]
    public long O { get; }

    /// <summary>Must-be.</summary>
    [JsonPropertyName("M")]
    public long M { get; }

    /// <summary>Indifferent.</summary>
    [JsonPropertyName("I")]
    public long I { get; }

    /// <summary>Reverse.</summary>
    [JsonPropertyName("R")]
    public long R { get; }

    /// <summary>Questionable.</summary>
    [JsonPropertyName("Q")]
    public long Q { get; }

    /// <summary>N = A + O + M + I + R + Q: all classified pairs.</summary>
    [JsonIgnore]
    public long Total => checked(A + O + M + I + R + Q);

    /// <summary>N′ = A + O + M + I: the pairs that carry a satisfaction signal (the Better/Worse denominator).</summary>
    [JsonIgnore]
    public long SignalTotal => checked(A + O + M + I);

    /// <summary>The count of one category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    [JsonIgnore]
    public long this[KanoCategory category] => category switch
    {
        KanoCategory.Attractive => A,
        KanoCategory.OneDimensional => O,
        KanoCategory.MustBe => M,
        KanoCategory.Indifferent => I,
        KanoCategory.Reverse => R,
        KanoCategory.Questionable => Q,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category."),
    };

    /// <summary>Classifies every cell of <paramref name="tally"/> with <paramref name="table"/> and adds up the categories.</summary>
    public static CategoryCounts From(PairTally tally, EvaluationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Span<long> counts = stackalloc long[6];
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            counts[(int)table.CellAt(cell)] += tally.CellAt(cell);
        }

        return new CategoryCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /// <summary>The category's share of <see cref="Total"/>, or <see langword="null"/> when there is no pair.</summary>
    public double? Share(KanoCategory category) => Total == 0 ? null : (double)this[category] / Total;

    /// <summary>Category-wise sum.</summary>
    public static CategoryCounts operator +(CategoryCounts left, CategoryCounts right) => new(
        checked(left.A + right.A), checked(left.O + right.O), checked(left.M + right.M),
        checked(left.I + right.I), checked(left.R + right.R), checked(left.Q + right.Q));

    /// <summary>"A=20 O=30 M=25 I=15 R=5 Q=5".</summary>
    public override string ToString() => $"A={A} O={O} M={M} I={I} R={R} Q={Q}";
}
