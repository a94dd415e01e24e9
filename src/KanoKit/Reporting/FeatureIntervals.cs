using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>Confidence intervals of one feature's coefficients and category shares.</summary>
/// <param name="Confidence">The two-sided confidence level, e.g. 0.95.</param>
/// <param name="Method">How the intervals were computed.</param>
/// <param name="Better">Interval of Better: the proportion (A + O) / N′; <see langword="null"/> when N′ = 0.</param>
/// <param name="Worse">Interval of Worse: the proportion (O + M) / N′, negated; <see langword="null"/> when N′ = 0.</param>
/// <param name="Shares">Interval of each category's share of N.</param>
public sealed record FeatureIntervals(
    double Confidence,
    IntervalMethod Method,
    Interval? Better,
    Interval? Worse,
    CategoryValues<Interval> Shares)
{
    /// <summary>
    /// Interval of |Worse| = (O + M) / N′ with <see cref="IntervalMethod.Bootstrap"/>; <see langword="null"/> with the
    /// other methods (it is <see cref="Worse"/> negated) and when N′ = 0.
    /// </summary>
    public Interval? AbsoluteWorse { get; init; }

    /// <summary>Interval of DuMouchel's mean functional score with <see cref="IntervalMethod.Bootstrap"/>; otherwise <see langword="null"/>.</summary>
    public Interval? FunctionalMean { get; init; }

    /// <summary>Interval of DuMouchel's mean dysfunctional score with <see cref="IntervalMethod.Bootstrap"/>; otherwise <see langword="null"/>.</summary>
    public Interval? DysfunctionalMean { get; init; }
}
