namespace KanoKit.Reporting;

/// <summary>
/// One feature compared across groups: Pearson's test of independence of the group × category table (rows and columns
/// that are all zero dropped), and each group's result. Test fields are <see langword="null"/> when fewer than two
/// groups or two categories have answers (no test is possible) or when they were not asked for.
/// </summary>
public sealed record FeatureComparison
{
    /// <summary>The feature's name.</summary>
    public required string Name { get; init; }

    /// <summary>Pearson's χ² = Σ (xᵢⱼ − eᵢⱼ)² / eᵢⱼ, eᵢⱼ = rᵢ cⱼ / n.</summary>
    public double? ChiSquare { get; init; }

    /// <summary>(r − 1)(c − 1) over the rows and columns kept.</summary>
    public int? Df { get; init; }

    /// <summary>P(χ²_df ≥ χ²), the asymptotic p-value.</summary>
    public double? P { get; init; }

    /// <summary>Cramér's V = sqrt(χ² / (n (min(r, c) − 1))), in [0, 1].</summary>
    public double? CramersV { get; init; }

    /// <summary>The Monte-Carlo exact-conditional p-value (1 + #{χ²_sim ≥ χ²}) / (B + 1), when asked for.</summary>
    public double? PMonteCarlo { get; init; }

    /// <summary>The Holm-adjusted p-value across features (of <see cref="PMonteCarlo"/> when present, else of <see cref="P"/>), when asked for.</summary>
    public double? PHolm { get; init; }

    /// <summary>Whether more than 20 % of the expected counts are below 5 (the asymptotic p is then doubtful).</summary>
    public bool? Sparse { get; init; }

    /// <summary>The groups (segment values or waves) that have the feature, in order.</summary>
    public required EquatableArray<GroupResult> Segments { get; init; }

    /// <summary>
    /// Waves only: the categories of the waves in order with repeats collapsed, e.g. <c>A → O</c>; <see langword="null"/>
    /// when the category is the same in every wave (no shift) and for segments.
    /// </summary>
    public string? Shift { get; init; }

    /// <summary>Waves only: the labels of the waves that do not have the feature; <see langword="null"/> for segments.</summary>
    public EquatableArray<string>? MissingFrom { get; init; }
}
