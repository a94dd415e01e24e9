using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>How writers and charts order features.</summary>
public enum FeatureOrder
{
    /// <summary>As the source gives them.</summary>
    Source = 0,

    /// <summary>By dominant category (must-be, one-dimensional, attractive, indifferent, reverse, questionable, undefined), then by that category's share, largest first.</summary>
    Category = 1,

    /// <summary>By Better, largest first; undefined last.</summary>
    Better = 2,

    /// <summary>By |Worse|, largest first; undefined last.</summary>
    Worse = 3,

    /// <summary>By name (ordinal, case-insensitive).</summary>
    Name = 4,
}

/// <summary>Orders features for display; stable, so equal keys keep source order.</summary>
public static class FeatureOrdering
{
    /// <summary>The features in <paramref name="order"/>.</summary>
    public static IReadOnlyList<FeatureResult> Sort(IEnumerable<FeatureResult> features, FeatureOrder order)
    {
        ArgumentNullException.ThrowIfNull(features);
        return order switch
        {
            FeatureOrder.Source => [.. features],
            FeatureOrder.Category => [.. features.OrderBy(CategoryRank).ThenByDescending(DominantShare)],
            FeatureOrder.Better => [.. features.OrderBy(f => f.Better is null).ThenByDescending(f => f.Better ?? 0)],
            FeatureOrder.Worse => [.. features.OrderBy(f => f.Worse is null).ThenByDescending(f => Math.Abs(f.Worse ?? 0))],
            FeatureOrder.Name => [.. features.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Name, StringComparer.Ordinal)],
            _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Not a feature order."),
        };
    }

    /// <summary>The report with its features, and every segment's, in <paramref name="order"/>.</summary>
    public static KanoReport Sorted(this KanoReport report, FeatureOrder order)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report with
        {
            Features = [.. Sort(report.Features, order)],
            Segments = [.. report.Segments.Select(s => s with { Features = [.. Sort(s.Features, order)] })],
        };
    }

    /// <summary>The position of a feature's category in <see cref="TieRule.Priority"/>; undefined last.</summary>
    internal static int CategoryRank(FeatureResult feature) =>
        feature.Category is { } c ? IndexOf(c) : TieRule.Priority.Count;

    private static int IndexOf(KanoCategory category)
    {
        for (int i = 0; i < TieRule.Priority.Count; i++)
        {
            if (TieRule.Priority[i] == category)
            {
                return i;
            }
        }

        return TieRule.Priority.Count;
    }

    private static double DominantShare(FeatureResult feature) =>
        feature.Category is { } c && feature.Shares is { } s ? s[c] : 0;
}
