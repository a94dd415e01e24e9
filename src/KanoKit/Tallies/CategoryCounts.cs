namespace KanoKit;

/// <summary>
/// How many valid answer pairs of one feature fall into each Kano category: the counts of a tally under an
/// evaluation table, or counts taken directly from a published table.
/// </summary>
public readonly struct CategoryCounts : IEquatable<CategoryCounts>
{
    private readonly CategoryValues<long> _counts;

    /// <summary>Creates counts from the six category counts, as a published table lists them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public CategoryCounts(long a, long o, long m, long i, long r, long q)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(a);
        ArgumentOutOfRangeException.ThrowIfNegative(o);
        ArgumentOutOfRangeException.ThrowIfNegative(m);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfNegative(r);
        ArgumentOutOfRangeException.ThrowIfNegative(q);
        _counts = new(a, o, m, i, r, q);
        Total = checked(a + o + m + i + r + q);
    }

    /// <summary>Attractive.</summary>
    public long A => _counts.A;

    /// <summary>One-dimensional.</summary>
    public long O => _counts.O;

    /// <summary>Must-be.</summary>
    public long M => _counts.M;

    /// <summary>Indifferent.</summary>
    public long I => _counts.I;

    /// <summary>Reverse.</summary>
    public long R => _counts.R;

    /// <summary>Questionable.</summary>
    public long Q => _counts.Q;

    /// <summary>N = A + O + M + I + R + Q: all classified pairs.</summary>
    public long Total { get; }

    /// <summary>N′ = A + O + M + I: the pairs that carry a satisfaction signal (the Better/Worse denominator).</summary>
    public long SignalTotal => Total - R - Q;

    /// <summary>The count of one category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public long this[KanoCategory category] => _counts[category];

    /// <summary>Classifies every cell of <paramref name="tally"/> with <paramref name="table"/> and adds up the categories.</summary>
    public static CategoryCounts From(PairTally tally, EvaluationTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        Span<long> counts = stackalloc long[KanoCategories.Count];
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            counts[(int)table.CellAt(cell)] += tally.CellAt(cell);
        }

        return new CategoryCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }

    /// <summary>The category's share of <see cref="Total"/>, or <see langword="null"/> when there is no pair.</summary>
    public double? Share(KanoCategory category) => Total == 0 ? null : (double)this[category] / Total;

    /// <summary>Category-wise sum.</summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public static CategoryCounts operator +(CategoryCounts left, CategoryCounts right) => new(
        checked(left.A + right.A), checked(left.O + right.O), checked(left.M + right.M),
        checked(left.I + right.I), checked(left.R + right.R), checked(left.Q + right.Q));

    /// <summary>Counts are equal when all six are.</summary>
    public bool Equals(CategoryCounts other) => _counts.Equals(other._counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryCounts other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _counts.GetHashCode();

    /// <summary>Equality of counts.</summary>
    public static bool operator ==(CategoryCounts left, CategoryCounts right) => left.Equals(right);

    /// <summary>Inequality of counts.</summary>
    public static bool operator !=(CategoryCounts left, CategoryCounts right) => !left.Equals(right);

    /// <summary>"A=20 O=30 M=25 I=15 R=5 Q=5".</summary>
    public override string ToString() => _counts.ToString();
}
