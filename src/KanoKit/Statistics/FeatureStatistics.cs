using KanoKit.Reporting;
using KanoKit.Tallies;

namespace KanoKit.Statistics;

/// <summary>Computes one <see cref="FeatureResult"/> from a feature's counts (and tally, where there is one).</summary>
internal static class FeatureStatistics
{
    public static FeatureResult Compute(string name, CategoryCounts counts, PairTally? tally, long missing, KanoOptions options) =>
        Compute(name, counts, tally, missing, 0, default, options);

    public static FeatureResult Compute(FeatureTally feature, KanoOptions options) =>
        Compute(feature.Name, CategoryCounts.From(feature.Tally, options.Table), feature.Tally, feature.Tally.Missing, feature.Rejected, feature.Importance, options);

    private static FeatureResult Compute(
        string name, CategoryCounts counts, PairTally? tally, long missing, long rejected, ImportanceMoments importance, KanoOptions options)
    {
        double? better = Satisfaction.Better(counts);
        double? worse = Satisfaction.Worse(counts);
        var dominant = Dominance.Find(counts, options.TieRule);
        return new FeatureResult
        {
            Name = name,
            N = counts.Total,
            Missing = missing,
            Rejected = rejected,
            Counts = counts,
            Shares = CategoryShares.From(counts),
            Category = dominant?.Category,
            Tie = dominant?.Tie ?? false,
            Better = better,
            Worse = worse,
            Quadrant = better is { } b && worse is { } w
                ? Satisfaction.Quadrant(b, w, options.QuadrantThreshold, options.QuadrantThreshold)
                : null,
            CategoryStrength = Strength.Category(counts),
            TotalStrength = Strength.Total(counts),
            Fong = Fong.Test(counts, options.FongZ),
            Continuous = tally is { } t ? ContinuousScores.From(t) : null,
            GoodnessOfFit = GoodnessOfFit.Test(counts),
            Importance = importance.Count == 0 ? null : new ImportanceSummary(importance.Count, importance.Mean, importance.StandardDeviation),
            Intervals = options.IncludeIntervals ? Intervals(counts, options) : null,
        };
    }

    private static FeatureIntervals? Intervals(CategoryCounts counts, KanoOptions options)
    {
        long n = counts.Total;
        if (n == 0)
        {
            return null;
        }

        Interval Share(long count) => ProportionInterval.Compute(count, n, options.Confidence, options.IntervalMethod)!.Value;
        long signal = counts.SignalTotal;
        return new FeatureIntervals(
            options.Confidence,
            options.IntervalMethod,
            ProportionInterval.Compute(counts.A + counts.O, signal, options.Confidence, options.IntervalMethod),
            ProportionInterval.Compute(counts.O + counts.M, signal, options.Confidence, options.IntervalMethod)?.Negate(),
            new CategoryIntervals(Share(counts.A), Share(counts.O), Share(counts.M), Share(counts.I), Share(counts.R), Share(counts.Q)));
    }
}
