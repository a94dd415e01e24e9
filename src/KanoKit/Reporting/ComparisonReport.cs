using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>
/// A comparison of groups of respondents, feature by feature: the segments of one survey (values of a segment column)
/// or the waves of a repeated survey. Plain immutable data that compares by value; written as JSON schema
/// <see cref="SchemaV1"/>.
/// </summary>
public sealed record ComparisonReport
{
    /// <summary>The schema identifier of the JSON this comparison is written as.</summary>
    public const string SchemaV1 = "kanokit/comparison/v1";

    /// <summary>The schema identifier; <see cref="SchemaV1"/>.</summary>
    public string Schema { get; init; } = SchemaV1;

    /// <summary>The segment column whose values are compared; <see langword="null"/> for waves.</summary>
    public string? Column { get; init; }

    /// <summary>The wave labels, in order; <see langword="null"/> for segments.</summary>
    public EquatableArray<string>? Waves { get; init; }

    /// <summary>The settings the numbers were computed with.</summary>
    public required ComparisonSettings Settings { get; init; }

    /// <summary>One comparison per feature: in source order for segments, in order of first appearance for waves.</summary>
    public required EquatableArray<FeatureComparison> Features { get; init; }
}

/// <summary>What a difference in a comparison is taken against.</summary>
public enum ComparisonBaseline
{
    /// <summary>Each segment against the rest of the sample: the sum of the other segments.</summary>
    Rest = 0,

    /// <summary>Each wave against the previous wave that has the feature.</summary>
    PreviousWave = 1,
}

/// <summary>The settings a comparison was computed with.</summary>
/// <param name="Table">The evaluation table's name.</param>
/// <param name="Confidence">The two-sided level of every interval.</param>
/// <param name="IntervalMethod">How intervals of Better and Worse were computed (bootstrap also for the differences; Newcombe's hybrid score interval otherwise).</param>
/// <param name="Baseline">What each difference is taken against.</param>
public sealed record ComparisonSettings(string Table, double Confidence, IntervalMethod IntervalMethod, ComparisonBaseline Baseline)
{
    /// <summary>Bootstrap resamples with <see cref="IntervalMethod.Bootstrap"/>; otherwise <see langword="null"/>.</summary>
    public int? Resamples { get; init; }

    /// <summary>B of the Monte-Carlo p-values; <see langword="null"/> when they were not asked for.</summary>
    public int? MonteCarloResamples { get; init; }

    /// <summary>The seed every random stream derives from, when anything random was drawn; otherwise <see langword="null"/>.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Whether p-values were adjusted by Holm's method across features.</summary>
    public bool Holm { get; init; }
}
