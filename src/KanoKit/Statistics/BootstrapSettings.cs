namespace KanoKit.Statistics;

/// <summary>How a multinomial bootstrap is run: the number of resamples, the seed and the interval level.</summary>
public sealed record BootstrapSettings
{
    /// <summary>2,000 resamples, seed 0, 95 % percentile intervals.</summary>
    public static BootstrapSettings Default { get; } = new();

    /// <summary>The number of resamples B (default 2,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1 or above 10,000,000.</exception>
    public int Resamples
    {
        get;
        init => field = value is >= 1 and <= 10_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Resamples), value, "Resamples are between 1 and 10,000,000, e.g. 2000.");
    } = 2000;

    /// <summary>The seed of the random stream; the same seed gives bit-identical results on every machine.</summary>
    public ulong Seed { get; init; }

    /// <summary>The two-sided level of the percentile intervals, strictly between 0 and 1 (default 0.95).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double Confidence
    {
        get;
        init => field = value > 0 && value < 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Confidence), value, "A confidence level lies strictly between 0 and 1, e.g. 0.95.");
    } = 0.95;
}
