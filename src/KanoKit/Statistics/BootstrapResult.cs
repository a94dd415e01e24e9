namespace KanoKit.Statistics;

/// <summary>
/// Percentile intervals of one feature's statistics from a multinomial bootstrap of its 25-cell tally, and the
/// stability of its dominant category.
/// </summary>
/// <param name="Resamples">B, the number of resamples drawn.</param>
/// <param name="Seed">The seed of the random stream.</param>
/// <param name="Confidence">The two-sided level of the intervals.</param>
/// <param name="Shares">Intervals of each category's share of N (N is the same in every resample).</param>
/// <param name="SignalResamples">
/// How many resamples had N′ = A + O + M + I &gt; 0. Better and Worse are undefined in the others, which are left out:
/// their intervals are conditional on N′ &gt; 0.
/// </param>
/// <param name="Better">Interval of Better = (A + O)/N′; <see langword="null"/> when no resample had N′ &gt; 0.</param>
/// <param name="Worse">Interval of Worse = −(O + M)/N′ (the negated interval of |Worse|); <see langword="null"/> as Better.</param>
/// <param name="AbsoluteWorse">Interval of |Worse| = (O + M)/N′; <see langword="null"/> as Better.</param>
/// <param name="FunctionalMean">Interval of DuMouchel's mean functional score.</param>
/// <param name="DysfunctionalMean">Interval of DuMouchel's mean dysfunctional score.</param>
/// <param name="Stability">How often the observed dominant category stays dominant, and its runner-up.</param>
public sealed record BootstrapResult(
    int Resamples,
    ulong Seed,
    double Confidence,
    ShareIntervals Shares,
    int SignalResamples,
    Interval? Better,
    Interval? Worse,
    Interval? AbsoluteWorse,
    Interval FunctionalMean,
    Interval DysfunctionalMean,
    CategoryStability Stability);
