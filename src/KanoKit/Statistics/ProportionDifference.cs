namespace KanoKit.Statistics;

/// <summary>Confidence intervals of a difference of two independent proportions x₁/n₁ − x₂/n₂.</summary>
public static class ProportionDifference
{
    /// <summary>
    /// Newcombe's (1998) hybrid score interval, method 10 of "Interval estimation for the difference between
    /// independent proportions: comparison of eleven methods", Statistics in Medicine 17:873–890: with
    /// θ = p₁ − p₂ and (l₁, u₁), (l₂, u₂) the Wilson score intervals of p₁ and p₂ at the same level,
    /// [θ − sqrt((p₁ − l₁)² + (u₂ − p₂)²), θ + sqrt((u₁ − p₁)² + (p₂ − l₂)²)], within [−1, 1].
    /// <see langword="null"/> when either n is 0.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, x exceeds its n, or the confidence is not strictly between 0 and 1.</exception>
    public static Interval? Newcombe(long x1, long n1, long x2, long n2, double confidence = 0.95)
    {
        var first = ProportionInterval.Compute(x1, n1, confidence);
        var second = ProportionInterval.Compute(x2, n2, confidence);
        if (first is not { } one || second is not { } two)
        {
            return null;
        }

        double p1 = (double)x1 / n1;
        double p2 = (double)x2 / n2;
        double theta = p1 - p2;
        double below = Math.Sqrt(Square(p1 - one.Lower) + Square(two.Upper - p2));
        double above = Math.Sqrt(Square(one.Upper - p1) + Square(p2 - two.Lower));
        return new Interval(Math.Max(-1, theta - below), Math.Min(1, theta + above));
    }

    private static double Square(double x) => x * x;
}
