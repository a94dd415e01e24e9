namespace KanoKit.Statistics;

/// <summary>
/// How the dominant category is chosen when categories tie: the priority order (Berger et al. 1993: the category
/// whose neglect hurts most wins, M &gt; O &gt; A &gt; I &gt; R &gt; Q) and an optional band within which
/// shares count as tied.
/// </summary>
public sealed record TieRule
{
    /// <summary>Exact ties only, resolved M &gt; O &gt; A &gt; I &gt; R &gt; Q: the default.</summary>
    public static TieRule Exact { get; } = new();

    /// <summary>
    /// Categories whose share lies within <paramref name="band"/> of the top share count as tied (one published R
    /// package uses 0.06, i.e. six percentage points), then the priority order decides.
    /// </summary>
    /// <param name="band">The band as a fraction of the valid pairs, 0 … 1 (0.06, not 6).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="band"/> is negative, above 1 or not a number.</exception>
    public static TieRule Band(double band) => new() { Width = band };

    /// <summary>The band as a fraction of the valid pairs (0 … 1); 0 means exact ties only.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative, above 1 or not a number.</exception>
    public double Width
    {
        get;
        init
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(Width), value, "A tie band is a fraction of the valid pairs between 0 and 1, e.g. 0.06.");
            }

            field = value;
        }
    }

    /// <summary>The priority order, strongest first: Must-be, One-dimensional, Attractive, Indifferent, Reverse, Questionable.</summary>
    public static IReadOnlyList<KanoCategory> Priority { get; } =
    [
        KanoCategory.MustBe, KanoCategory.OneDimensional, KanoCategory.Attractive,
        KanoCategory.Indifferent, KanoCategory.Reverse, KanoCategory.Questionable,
    ];
}

/// <summary>The dominant category of a feature and whether a tie rule chose it.</summary>
/// <param name="Category">The dominant category.</param>
/// <param name="Tie">Whether another category tied with it (exactly, or within the band) and the priority order decided.</param>
public readonly record struct DominantCategory(KanoCategory Category, bool Tie);

/// <summary>The most frequent Kano category, with tie rules.</summary>
public static class Dominance
{
    /// <summary>
    /// The most frequent of the six categories. Categories whose count is within the rule's band of the top count
    /// (exactly equal with <see cref="TieRule.Exact"/>) tie, and the first of them in <see cref="TieRule.Priority"/>
    /// wins. <see langword="null"/> when there is no pair.
    /// </summary>
    /// <example>A=10, O=10, M=10, I=5 → Must-be (tie). A=41, I=42 (of 100) with a 0.06 band → Attractive (tie).</example>
    public static DominantCategory? Find(CategoryCounts counts, TieRule? rule = null)
    {
        rule ??= TieRule.Exact;
        long total = counts.Total;
        if (total == 0)
        {
            return null;
        }

        ReadOnlySpan<long> six = [counts.A, counts.O, counts.M, counts.I, counts.R, counts.Q];
        var (category, tie) = Plurality.Find(six, rule.Width);
        return new DominantCategory(category, tie);
    }
}
