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
    /// <param name="input">The feature's counts and tally.</param>
    /// <param name="options">The analysis settings.</param>
    /// <param name="thresholds">Where the Better–Worse diagram is split.</param>
    /// <param name="seed">The seed of this feature's bootstrap stream (<see cref="StreamSeed.For"/>).</param>
    public static FeatureResult Build(FeatureInput input, KanoOptions options, QuadrantThresholds thresholds, ulong seed)
    {
        var counts = input.Counts;
        double? better = Satisfaction.Better(counts);
        double? worse = Satisfaction.Worse(counts);
        var bootstrap = Bootstrap(input, options, seed);
        var (dominant, categories) = Decide(counts, options, bootstrap);
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
            Intervals = !options.IncludeIntervals ? null : bootstrap is { } run ? Intervals(run) : Intervals(counts, options),
            Stability = bootstrap?.Stability,
            Categories = categories,
            QuestionableFlag = options.QuestionableFlag is { } flag && counts.Total > 0 ? (double)counts.Q / counts.Total > flag : null,
        };
    }

    /// <summary>
    /// The multinomial bootstrap of the tally with <see cref="IntervalMethod.Bootstrap"/>, under the rule's tie rule;
    /// <see langword="null"/> with other methods, for published counts (no tally) and when there is no pair.
    /// </summary>
    private static BootstrapResult? Bootstrap(FeatureInput input, KanoOptions options, ulong seed) =>
        options.IntervalMethod == IntervalMethod.Bootstrap && input.Tally is { } tally
            ? MultinomialBootstrap.Run(
                tally,
                options.Table,
                new BootstrapSettings { Resamples = options.Resamples, Seed = seed, Confidence = options.Confidence },
                options.EffectiveTieRule)
            : null;

    /// <summary>
    /// The dominant category under the options' category rule and, for the grouped and evidence rules, the decision's
    /// categories (evidence reads the bootstrap stability when there is one, else Fong's test).
    /// </summary>
    private static (DominantCategory? Dominant, EquatableArray<KanoCategory>? Categories) Decide(
        CategoryCounts counts, KanoOptions options, BootstrapResult? bootstrap)
    {
        if (options.CategoryRule.Kind is CategoryRuleKind.Plurality or CategoryRuleKind.Band)
        {
            return (Dominance.Find(counts, options.EffectiveTieRule), null);
        }

        return options.CategoryRule.Decide(counts, bootstrap?.Stability) is { } decision
            ? (new DominantCategory(decision.Primary, decision.Tie), [.. decision.Categories])
            : (null, null);
    }

    private static ImportanceSummary ImportanceOf(ImportanceMoments importance) =>
        new(importance.Count, importance.Mean, importance.StandardDeviation) { ScaleMin = importance.ScaleMin, ScaleMax = importance.ScaleMax };

    private static FeatureIntervals Intervals(BootstrapResult run) =>
        new(run.Confidence, IntervalMethod.Bootstrap, run.Better, run.Worse, CategoryValues.From(category => run.Shares[category]))
        {
            AbsoluteWorse = run.AbsoluteWorse,
            FunctionalMean = run.FunctionalMean,
            DysfunctionalMean = run.DysfunctionalMean,
        };

    /// <summary>
    /// Wilson or Clopper–Pearson intervals of the counts; published counts under <see cref="IntervalMethod.Bootstrap"/>
    /// (no tally to resample) get Wilson intervals, and say so in <see cref="FeatureIntervals.Method"/>.
    /// </summary>
    private static FeatureIntervals? Intervals(CategoryCounts counts, KanoOptions options)
    {
        long n = counts.Total;
        if (n == 0)
        {
            return null;
        }

        var method = options.IntervalMethod == IntervalMethod.Bootstrap ? IntervalMethod.Wilson : options.IntervalMethod;
        long signal = counts.SignalTotal;
        return new FeatureIntervals(
            options.Confidence,
            method,
            ProportionInterval.Compute(counts.A + counts.O, signal, options.Confidence, method),
            ProportionInterval.Compute(counts.O + counts.M, signal, options.Confidence, method)?.Negate(),
            CategoryValues.From(category => ProportionInterval.Compute(counts[category], n, options.Confidence, method)!.Value));
    }
}
