namespace KanoKit.Statistics;

/// <summary>The customer-satisfaction coefficients of Berger et al. (1993).</summary>
public static class Satisfaction
{
    /// <summary>
    /// Better (CS+) = (A + O) / (A + O + M + I): how much fulfilling the feature raises satisfaction, in [0, 1].
    /// <see langword="null"/> when A + O + M + I = 0.
    /// </summary>
    public static double? Better(CategoryCounts counts) =>
        counts.SignalTotal == 0 ? null : (double)(counts.A + counts.O) / counts.SignalTotal;

    /// <summary>
    /// Worse (CS−) = −(O + M) / (A + O + M + I): how much its absence lowers satisfaction, in [−1, 0].
    /// <see langword="null"/> when A + O + M + I = 0.
    /// </summary>
    public static double? Worse(CategoryCounts counts) =>
        counts.SignalTotal == 0 ? null : (double)-(counts.O + counts.M) / counts.SignalTotal; // negated as an integer: 0, never −0

    /// <summary>
    /// The Better–Worse diagram category: x = |Worse|, y = Better, split at the thresholds.
    /// Better ≥ <paramref name="betterThreshold"/> and |Worse| ≥ <paramref name="worseThreshold"/> → O;
    /// Better only → A; |Worse| only → M; neither → I.
    /// </summary>
    /// <param name="better">Better, in [0, 1].</param>
    /// <param name="worse">Worse, in [−1, 0].</param>
    /// <param name="betterThreshold">The split on the Better axis (0.5 by convention, or the mean over features).</param>
    /// <param name="worseThreshold">The split on the |Worse| axis (0.5 by convention, or the mean over features).</param>
    public static KanoCategory Quadrant(double better, double worse, double betterThreshold = 0.5, double worseThreshold = 0.5)
        => QuadrantOf(better >= betterThreshold, Math.Abs(worse) >= worseThreshold);

    /// <summary>O when both the satisfaction (y) and the dissatisfaction (x) axis are high, A for y only, M for x only, else I.</summary>
    internal static KanoCategory QuadrantOf(bool satisfactionHigh, bool dissatisfactionHigh) =>
        (satisfactionHigh, dissatisfactionHigh) switch
        {
            (true, true) => KanoCategory.OneDimensional,
            (true, false) => KanoCategory.Attractive,
            (false, true) => KanoCategory.MustBe,
            (false, false) => KanoCategory.Indifferent,
        };
}
