using System.Collections.Immutable;
using System.Text;

namespace KanoKit.Statistics;

/// <summary>
/// The category a <see cref="CategoryRule"/> assigns to a feature: one category, or a mixed result of several that
/// the data cannot separate (e.g. "M/O"), always listed in the priority order M, O, A, I, R, Q.
/// </summary>
/// <remarks>
/// A value: two decisions are equal when they hold the same categories and the same <see cref="Tie"/> flag
/// (content equality, not reference equality). <c>default</c> holds no category and is never returned by a rule.
/// </remarks>
public readonly struct CategoryDecision : IEquatable<CategoryDecision>
{
    // Bit k set = category k (A = 0 … Q = 5) is part of the decision; order comes from the priority list, so a mask
    // is the whole content.
    private readonly byte _mask;

    private CategoryDecision(byte mask, bool tie)
    {
        _mask = mask;
        Tie = tie;
    }

    /// <summary>
    /// Whether categories tied and the priority order M &gt; O &gt; A &gt; I &gt; R &gt; Q chose the single category
    /// (always <see langword="false"/> for a mixed decision, which reports the tie instead of breaking it).
    /// </summary>
    public bool Tie { get; }

    /// <summary>The categories in priority order M, O, A, I, R, Q; one for a clear decision, several when mixed.</summary>
    public ImmutableArray<KanoCategory> Categories
    {
        get
        {
            var builder = ImmutableArray.CreateBuilder<KanoCategory>(Count);
            foreach (byte k in Plurality.Priority)
            {
                if ((_mask & (1 << k)) != 0)
                {
                    builder.Add((KanoCategory)k);
                }
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>The first category in priority order: the single category, or the strongest of a mixed result.</summary>
    /// <exception cref="InvalidOperationException">The decision is <c>default</c> and holds no category.</exception>
    public KanoCategory Primary
    {
        get
        {
            foreach (byte k in Plurality.Priority)
            {
                if ((_mask & (1 << k)) != 0)
                {
                    return (KanoCategory)k;
                }
            }

            throw new InvalidOperationException("The default CategoryDecision holds no category.");
        }
    }

    /// <summary>How many categories the decision holds.</summary>
    public int Count => System.Numerics.BitOperations.PopCount(_mask);

    /// <summary>Whether the decision lists more than one category.</summary>
    public bool IsMixed => Count > 1;

    /// <summary>A decision for one category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined category.</exception>
    public static CategoryDecision One(KanoCategory category) => new(Bit(category), false);

    /// <summary>A single category that the priority order chose among tied categories.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined category.</exception>
    public static CategoryDecision TieBrokenBy(KanoCategory category) => new(Bit(category), true);

    /// <summary>A decision listing every category in <paramref name="categories"/> (duplicates ignored, order irrelevant).</summary>
    /// <exception cref="ArgumentException">No category given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is not a defined category.</exception>
    public static CategoryDecision Of(params ReadOnlySpan<KanoCategory> categories)
    {
        byte mask = 0;
        foreach (var category in categories)
        {
            mask |= Bit(category);
        }

        return mask == 0
            ? throw new ArgumentException("A decision holds at least one category.", nameof(categories))
            : new CategoryDecision(mask, false);
    }

    /// <summary>Whether <paramref name="category"/> is part of the decision.</summary>
    public bool Contains(KanoCategory category) => (int)category < 6 && (_mask & (1 << (int)category)) != 0;

    /// <summary>The letters in priority order joined by '/': "O", "M/O", "M/O/A".</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(11);
        foreach (var category in Categories)
        {
            if (builder.Length > 0)
            {
                builder.Append('/');
            }

            builder.Append(category.Letter());
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(CategoryDecision other) => _mask == other._mask && Tie == other.Tie;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryDecision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _mask | (Tie ? 0x100 : 0);

    /// <summary>Equality by content.</summary>
    public static bool operator ==(CategoryDecision left, CategoryDecision right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    public static bool operator !=(CategoryDecision left, CategoryDecision right) => !left.Equals(right);

    private static byte Bit(KanoCategory category)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)category, 5, nameof(category));
        return (byte)(1 << (int)category);
    }
}
