namespace KanoKit.Statistics;

/// <summary>The result of Fong's test: whether the top category is significantly more frequent than the runner-up.</summary>
/// <param name="Statistic">|a − b|, the difference between the two highest category counts.</param>
/// <param name="Threshold">z · sqrt((a + b)(2N − a − b) / (2N)).</param>
/// <param name="Significant">Whether <paramref name="Statistic"/> ≥ <paramref name="Threshold"/>.</param>
public readonly record struct FongResult(double Statistic, double Threshold, bool Significant);

/// <summary>Fong's (1996) test of the dominant Kano category.</summary>
public static class Fong
{
    /// <summary>The default z: the one-sided normal quantile for α = 0.05 (a 90 % two-sided level).</summary>
    public const double DefaultZ = 1.65;

    /// <summary>
    /// With a ≥ b the two highest counts among all six categories and N the valid pairs, the difference is
    /// significant when |a − b| ≥ z · sqrt((a + b)(2N − a − b) / (2N)). <see langword="null"/> when N = 0.
    /// </summary>
    /// <param name="counts">The category counts.</param>
    /// <param name="z">The normal quantile; 1.65 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not positive and finite.</exception>
    public static FongResult? Test(CategoryCounts counts, double z = DefaultZ)
    {
        if (!(z > 0 && double.IsFinite(z)))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z is a positive normal quantile, e.g. 1.65.");
        }

        long n = counts.Total;
        if (n == 0)
        {
            return null;
        }

        (long a, long b) = Strength.TopTwo(counts);
        double threshold = z * Math.Sqrt((double)(a + b) * ((2.0 * n) - a - b) / (2.0 * n));
        double statistic = a - b;
        return new FongResult(statistic, threshold, statistic >= threshold);
    }
}
