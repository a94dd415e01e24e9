namespace KanoKit.Statistics;

/// <summary>The kinds of <see cref="CategoryRule"/>.</summary>
public enum CategoryRuleKind
{
    /// <summary>The most frequent category; exact ties by M &gt; O &gt; A &gt; I &gt; R &gt; Q (Berger et al. 1993).</summary>
    Plurality = 0,

    /// <summary>Categories within a band of the top share tie; the priority order decides.</summary>
    Band = 1,

    /// <summary>Matzler &amp; Hinterhuber (1998): the A/O/M group against the I/R/Q group, then the largest within.</summary>
    Grouped = 2,

    /// <summary>A single category only when the data separate it from the runner-up; otherwise a mixed result.</summary>
    Evidence = 3,
}

/// <summary>
/// How a feature's category is decided from its counts: <see cref="Plurality"/>, <see cref="Band"/>,
/// <see cref="Grouped"/> or <see cref="Evidence"/>. Immutable; compare and print it to record it in report settings.
/// </summary>
public sealed record CategoryRule
{
    private CategoryRule(CategoryRuleKind kind, double bandFraction, double fongZ, double stabilityThreshold)
    {
        Kind = kind;
        BandFraction = bandFraction;
        FongZ = fongZ;
        StabilityThreshold = stabilityThreshold;
    }

    /// <summary>The most frequent category, exact ties broken M &gt; O &gt; A &gt; I &gt; R &gt; Q (today's <see cref="Dominance"/>).</summary>
    public static CategoryRule Plurality { get; } = new(CategoryRuleKind.Plurality, 0, 0, 0);

    /// <summary>
    /// Matzler &amp; Hinterhuber (1998): if A + O + M &gt; I + R + Q, the largest of M, O, A (ties in that order),
    /// otherwise the largest of I, R, Q (ties in that order).
    /// </summary>
    /// <example>A=50, O=20, M=15, I=60, R=5, Q=0: 85 &gt; 65, so A (plurality would say I).</example>
    public static CategoryRule Grouped { get; } = new(CategoryRuleKind.Grouped, 0, 0, 0);

    /// <summary>Which rule this is.</summary>
    public CategoryRuleKind Kind { get; }

    /// <summary>The band of <see cref="CategoryRuleKind.Band"/> as a fraction of N (0 … 1); 0 for the other rules.</summary>
    public double BandFraction { get; }

    /// <summary>The normal quantile of Fong's test for <see cref="CategoryRuleKind.Evidence"/>; 0 for the other rules.</summary>
    public double FongZ { get; }

    /// <summary>The bootstrap stability a single category needs under <see cref="CategoryRuleKind.Evidence"/>; 0 for the other rules.</summary>
    public double StabilityThreshold { get; }

    /// <summary>The rule's name as the options and the CLI write it: plurality, band, grouped, evidence.</summary>
    public string Name => Kind switch
    {
        CategoryRuleKind.Plurality => "plurality",
        CategoryRuleKind.Band => "band",
        CategoryRuleKind.Grouped => "grouped",
        _ => "evidence",
    };

    /// <summary>
    /// Categories whose share lies within <paramref name="fraction"/> of the top share tie, and the first of them in
    /// M &gt; O &gt; A &gt; I &gt; R &gt; Q wins: (top − count) ≤ fraction · N. One published R package uses 0.06.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is outside [0, 1] or not a number.</exception>
    public static CategoryRule Band(double fraction) => fraction is >= 0 and <= 1
        ? new(CategoryRuleKind.Band, fraction, 0, 0)
        : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A band is a fraction between 0 and 1, e.g. 0.06.");

    /// <summary>
    /// A single category only when the data separate it from the runner-up, otherwise a mixed result (e.g. M/O).
    /// Without a stability, separation is Fong's (1996) test: a category with count c &gt; 0 is unseparated from the top
    /// count a when a − c &lt; z · sqrt((a + c)(2N − a − c) / (2N)); the decision lists the top category and every
    /// unseparated one (a single category exactly when Fong's test of the top two is significant; categories with
    /// count 0 are never listed). With a bootstrap <see cref="CategoryStability"/>, the observed dominant category
    /// stands alone when its stability is at least <paramref name="stabilityThreshold"/>, else it is listed with its
    /// runner-up.
    /// </summary>
    /// <param name="fongZ">Fong's normal quantile, 1.65 by default (α = 0.05 one-sided).</param>
    /// <param name="stabilityThreshold">The stability a single category needs, in (0, 1]; 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">z not positive and finite, or the threshold outside (0, 1].</exception>
    public static CategoryRule Evidence(double fongZ = Fong.DefaultZ, double stabilityThreshold = 0.95)
    {
        if (!(fongZ > 0 && double.IsFinite(fongZ)))
        {
            throw new ArgumentOutOfRangeException(nameof(fongZ), fongZ, "z is a positive normal quantile, e.g. 1.65.");
        }

        if (!(stabilityThreshold > 0 && stabilityThreshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(stabilityThreshold), stabilityThreshold, "A stability threshold is a fraction in (0, 1], e.g. 0.95.");
        }

        return new(CategoryRuleKind.Evidence, 0, fongZ, stabilityThreshold);
    }

    /// <summary>
    /// The feature's category under this rule; <see langword="null"/> when there is no pair. Only
    /// <see cref="CategoryRuleKind.Evidence"/> reads <paramref name="stability"/> (from <see cref="MultinomialBootstrap"/>
    /// of the same tally with exact ties); the other rules ignore it.
    /// </summary>
    public CategoryDecision? Decide(CategoryCounts counts, CategoryStability? stability = null)
    {
        if (counts.Total == 0)
        {
            return null;
        }

        Span<long> values = [counts.A, counts.O, counts.M, counts.I, counts.R, counts.Q];
        switch (Kind)
        {
            case CategoryRuleKind.Plurality:
            case CategoryRuleKind.Band:
                return Banded(values, BandFraction * counts.Total);
            case CategoryRuleKind.Grouped:
                return counts.A + counts.O + counts.M > counts.I + counts.R + counts.Q
                    ? Largest(values, [2, 1, 0])
                    : Largest(values, [3, 4, 5]);
            default:
                return stability is { } s ? ByStability(s) : ByFong(values, counts.Total);
        }
    }

    /// <summary>"plurality", "band 0.06", "grouped", "evidence z=1.65 stability≥0.95".</summary>
    public override string ToString() => Kind switch
    {
        CategoryRuleKind.Band => FormattableString.Invariant($"band {BandFraction}"),
        CategoryRuleKind.Evidence => FormattableString.Invariant($"evidence z={FongZ} stability≥{StabilityThreshold}"),
        _ => Name,
    };

    private static CategoryDecision Banded(ReadOnlySpan<long> values, double band)
    {
        long top = 0;
        foreach (long value in values)
        {
            top = Math.Max(top, value);
        }

        int chosen = -1;
        int tied = 0;
        foreach (byte k in Statistics.Plurality.Priority)
        {
            if (top - values[k] <= band)
            {
                chosen = chosen < 0 ? k : chosen;
                tied++;
            }
        }

        return tied > 1 ? CategoryDecision.TieBrokenBy((KanoCategory)chosen) : CategoryDecision.One((KanoCategory)chosen);
    }

    private static CategoryDecision Largest(ReadOnlySpan<long> values, ReadOnlySpan<byte> order)
    {
        int chosen = order[0];
        bool tie = false;
        for (int i = 1; i < order.Length; i++)
        {
            if (values[order[i]] > values[chosen])
            {
                chosen = order[i];
                tie = false;
            }
            else if (values[order[i]] == values[chosen])
            {
                tie = true;
            }
        }

        return tie ? CategoryDecision.TieBrokenBy((KanoCategory)chosen) : CategoryDecision.One((KanoCategory)chosen);
    }

    private CategoryDecision ByFong(ReadOnlySpan<long> values, long total)
    {
        long top = 0;
        foreach (long value in values)
        {
            top = Math.Max(top, value);
        }

        Span<KanoCategory> listed = stackalloc KanoCategory[6];
        int count = 0;
        for (int k = 0; k < 6; k++)
        {
            long c = values[k];
            if (c == top || (c > 0 && top - c < FongZ * Math.Sqrt((double)(top + c) * ((2.0 * total) - top - c) / (2.0 * total))))
            {
                listed[count++] = (KanoCategory)k;
            }
        }

        return CategoryDecision.Of(listed[..count]);
    }

    private CategoryDecision ByStability(CategoryStability stability) =>
        stability.Share >= StabilityThreshold || stability.RunnerUp is not { } runnerUp
            ? CategoryDecision.One(stability.Category)
            : CategoryDecision.Of(stability.Category, runnerUp);
}
