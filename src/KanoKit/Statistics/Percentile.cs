namespace KanoKit.Statistics;

/// <summary>Percentile intervals of a sample, with the sample quantile of Hyndman &amp; Fan (1996) type 7 (R's default).</summary>
internal static class Percentile
{
    /// <summary>
    /// Sorts <paramref name="values"/> in place and returns [Q(α/2), Q(1 − α/2)] with α = 1 − confidence and
    /// Q(p) = x₍ⱼ₎ + (h − j)(x₍ⱼ₊₁₎ − x₍ⱼ₎), h = (B − 1)p, j = ⌊h⌋ (0-based order statistics).
    /// </summary>
    public static Interval Interval(Span<double> values, double confidence)
    {
        values.Sort();
        double alpha = 1 - confidence;
        return new Interval(Quantile(values, alpha / 2), Quantile(values, 1 - (alpha / 2)));
    }

    /// <summary>The type-7 quantile of sorted values.</summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int j = (int)Math.Floor(h);
        if (j + 1 >= sorted.Length)
        {
            return sorted[^1];
        }

        return sorted[j] + ((h - j) * (sorted[j + 1] - sorted[j]));
    }
}
