namespace KanoKit.Statistics;

/// <summary>Category strength and total strength (Lee &amp; Newcomb 1997).</summary>
public static class Strength
{
    /// <summary>
    /// Category strength = highest share − second-highest share over all six categories, as a fraction
    /// (below 0.06 the classification is called weak or mixed). <see langword="null"/> when there is no pair.
    /// </summary>
    public static double? Category(CategoryCounts counts)
    {
        if (counts.Total == 0)
        {
            return null;
        }

        (long first, long second) = TopTwo(counts);
        return (double)(first - second) / counts.Total;
    }

    /// <summary>
    /// Total strength = (A + O + M) / N as a fraction: above 0.5 the feature matters to customers.
    /// <see langword="null"/> when there is no pair.
    /// </summary>
    public static double? Total(CategoryCounts counts) =>
        counts.Total == 0 ? null : (double)(counts.A + counts.O + counts.M) / counts.Total;

    /// <summary>The two highest of the six counts, highest first.</summary>
    internal static (long First, long Second) TopTwo(CategoryCounts counts)
    {
        long first = 0;
        long second = 0;
        foreach (var category in KanoCategories.All)
        {
            long count = counts[category];
            if (count > first)
            {
                second = first;
                first = count;
            }
            else if (count > second)
            {
                second = count;
            }
        }

        return (first, second);
    }
}
