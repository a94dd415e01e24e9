using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Analysis;

/// <summary>What per-feature analysis starts from: the category counts and, where the source had answer pairs, the tally.</summary>
internal readonly record struct FeatureInput(string Name, CategoryCounts Counts, PairTally? Tally, long Missing, long Rejected, ImportanceMoments Importance)
{
    public static FeatureInput From(FeatureTally feature, EvaluationTable table)
    {
        ArgumentNullException.ThrowIfNull(feature.Name, nameof(FeatureTally.Name));
        ArgumentOutOfRangeException.ThrowIfNegative(feature.Rejected, nameof(FeatureTally.Rejected));
        return new(feature.Name, CategoryCounts.From(feature.Tally, table), feature.Tally, feature.Tally.Missing, feature.Rejected, feature.Importance);
    }

    public static FeatureInput From(FeatureCounts feature)
    {
        ArgumentNullException.ThrowIfNull(feature.Name, nameof(FeatureCounts.Name));
        ArgumentOutOfRangeException.ThrowIfNegative(feature.Missing, nameof(FeatureCounts.Missing));
        return new(feature.Name, feature.Counts, null, feature.Missing, 0, default);
    }
}

/// <summary>Where the Better–Worse diagram is split, on each axis.</summary>
internal readonly record struct QuadrantThresholds(double Better, double Worse)
{
    /// <summary>The fixed threshold, or the mean Better and mean |Worse| over the features where both are defined.</summary>
    public static QuadrantThresholds For(IReadOnlyList<FeatureInput> features, KanoOptions options)
    {
        if (options.QuadrantSplit == QuadrantSplit.FeatureMeans)
        {
            double better = 0, worse = 0;
            int defined = 0;
            foreach (var feature in features)
            {
                if (Satisfaction.Better(feature.Counts) is { } b && Satisfaction.Worse(feature.Counts) is { } w)
                {
                    better += b;
                    worse += Math.Abs(w);
                    defined++;
                }
            }

            if (defined > 0)
            {
                return new(better / defined, worse / defined);
            }
        }

        return new(options.QuadrantThreshold, options.QuadrantThreshold);
    }
}

/// <summary>Builds each <see cref="FeatureResult"/> once, from the statistics of its counts and tally.</summary>
internal static class FeatureAnalysis
{
    public static FeatureResult Build(FeatureInput input, KanoOptions options, QuadrantThresholds thresholds)
    {
        var counts = input.Counts;
        double? better = Satisfaction.Better(counts);
        double? worse = Satisfaction.Worse(counts);
        var dominant = Dominance.Find(counts, options.TieRule);
        return new FeatureResult
        {
            Name = input.Name,
            N = counts.Total,
            Missing = input.Missing,
            Rejected = input.Rejected,
            Counts = counts,
            Shares = counts.Total == 0 ? null : CategoryValues.From(category => (double)counts[category] / counts.Total),
            Category = dominant?.Category,
            Tie = dominant?.Tie ?? false,
            Better = better,
            Worse = worse,
            Quadrant = better is { } b && worse is { } w ? Satisfaction.Quadrant(b, w, thresholds.Better, thresholds.Worse) : null,
            CategoryStrength = Strength.Category(counts),
            TotalStrength = Strength.Total(counts),
            Fong = Fong.Test(counts, options.FongZ),
            Continuous = input.Tally is { } tally ? ContinuousScores.From(tally) : null,
            GoodnessOfFit = GoodnessOfFit.Test(counts),
            Importance = input.Importance.Count == 0 ? null : ImportanceOf(input.Importance),
            Intervals = options.IncludeIntervals ? Intervals(counts, options) : null,
        };
    }

    private static ImportanceSummary ImportanceOf(ImportanceMoments importance) =>
        new(importance.Count, importance.Mean, importance.StandardDeviation) { ScaleMin = importance.ScaleMin, ScaleMax = importance.ScaleMax };

    private static FeatureIntervals? Intervals(CategoryCounts counts, KanoOptions options)
    {
        long n = counts.Total;
        if (n == 0)
        {
            return null;
        }

        long signal = counts.SignalTotal;
        return new FeatureIntervals(
            options.Confidence,
            options.IntervalMethod,
            ProportionInterval.Compute(counts.A + counts.O, signal, options.Confidence, options.IntervalMethod),
            ProportionInterval.Compute(counts.O + counts.M, signal, options.Confidence, options.IntervalMethod)?.Negate(),
            CategoryValues.From(category => ProportionInterval.Compute(counts[category], n, options.Confidence, options.IntervalMethod)!.Value));
    }
}
