namespace KanoKit.Analysis;

/// <summary>
/// The choices of a comparison between segments or waves: how each group is analysed (<see cref="Analysis"/>: table,
/// category rule, confidence, interval method, resamples, seed) and which tests are added. Immutable; change it with a
/// <c>with</c> expression: <c>ComparisonOptions.Default with { MonteCarloResamples = 10_000, Holm = true }</c>.
/// </summary>
public sealed record ComparisonOptions
{
    /// <summary>Default analysis settings, no Monte-Carlo p-value, no Holm adjustment.</summary>
    public static ComparisonOptions Default { get; } = new();

    /// <summary>
    /// How each group is analysed: its category, Better, Worse and their intervals, exactly as <c>kanokit analyze</c>
    /// would; its <see cref="KanoOptions.Confidence"/> and <see cref="KanoOptions.IntervalMethod"/> also govern the
    /// intervals of the differences (bootstrap differences with <see cref="Statistics.IntervalMethod.Bootstrap"/>,
    /// Newcombe's otherwise), and its <see cref="KanoOptions.Seed"/> every random stream.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public KanoOptions Analysis { get; init => field = value ?? throw new ArgumentNullException(nameof(Analysis)); } = KanoOptions.Default;

    /// <summary>
    /// B, the number of random tables of the Monte-Carlo p-value (R's default is 2,000), from 1 to 10,000,000;
    /// <see langword="null"/> (the default) for no Monte-Carlo p-value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1 or above 10,000,000.</exception>
    public int? MonteCarloResamples
    {
        get;
        init => field = value is null or (>= 1 and <= 10_000_000)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MonteCarloResamples), value, "Monte-Carlo resamples are between 1 and 10,000,000, e.g. 2000.");
    }

    /// <summary>
    /// Whether the features' p-values are adjusted for multiple testing by Holm's (1979) method: the Monte-Carlo p-values
    /// when <see cref="MonteCarloResamples"/> is set, the asymptotic ones otherwise.
    /// </summary>
    public bool Holm { get; init; }
}
