using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>One entry of the prioritised feature list.</summary>
/// <param name="Feature">The feature.</param>
/// <param name="Distance">sqrt(Better² + Worse²), its distance from the origin of the Better–Worse plane; <see langword="null"/> when undefined.</param>
/// <param name="Reason">For features set apart (reverse, questionable, no answers): why; otherwise <see langword="null"/>.</param>
public sealed record PrioritisedFeature(FeatureResult Feature, double? Distance, string? Reason);

/// <summary>
/// The order in which to act on features: must-be first, then one-dimensional, attractive, indifferent (Berger et al.
/// 1993: fulfil must-be needs, compete on one-dimensional ones, differentiate with attractive ones), each group by
/// distance from the origin of the Better–Worse plane, largest first; reverse, questionable and unanswered features
/// are set apart with the reason.
/// </summary>
public static class FeaturePriority
{
    private static readonly KanoCategory[] Ranked = [KanoCategory.MustBe, KanoCategory.OneDimensional, KanoCategory.Attractive, KanoCategory.Indifferent];

    /// <summary>The features to act on, in priority order.</summary>
    public static IReadOnlyList<PrioritisedFeature> Ranking(IEnumerable<FeatureResult> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var list = features.ToList();
        return [.. Ranked.SelectMany(category => list
            .Where(f => f.Category == category)
            .Select(f => new PrioritisedFeature(f, Distance(f), null))
            .OrderByDescending(p => p.Distance ?? -1))];
    }

    /// <summary>The features set apart: reverse, questionable, or without any valid pair, each with the reason.</summary>
    public static IReadOnlyList<PrioritisedFeature> SetApart(IEnumerable<FeatureResult> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        return [.. features
            .Where(f => f.Category is null or KanoCategory.Reverse or KanoCategory.Questionable)
            .Select(f => new PrioritisedFeature(f, Distance(f), f.Category switch
            {
                KanoCategory.Reverse => "Reverse: most respondents would rather not have it; reconsider or make it optional.",
                KanoCategory.Questionable => "Questionable: most answer pairs contradict themselves; the question was probably misunderstood.",
                _ => "No valid answer pair: nothing can be said.",
            }))];
    }

    private static double? Distance(FeatureResult f) =>
        f.Better is { } b && f.Worse is { } w ? Math.Sqrt((b * b) + (w * w)) : null;
}
