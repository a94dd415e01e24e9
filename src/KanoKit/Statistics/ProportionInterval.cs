using MathNet.Numerics.Distributions;

namespace KanoKit.Statistics;

/// <summary>How a confidence interval of a proportion is computed.</summary>
public enum IntervalMethod
{
    /// <summary>Wilson score interval (Wilson 1927): the default; good coverage for small n and extreme proportions.</summary>
    Wilson = 0,

    /// <summary>Clopper–Pearson exact interval (Clopper &amp; Pearson 1934), from Beta quantiles; conservative.</summary>
    ClopperPearson = 1,

    /// <summary>
    /// Percentile intervals of the multinomial bootstrap of the feature's 25-cell tally (<see cref="MultinomialBootstrap"/>);
    /// needs the tally, so <see cref="ProportionInterval.Compute"/> rejects it.
    /// </summary>
    Bootstrap = 2,
}

/// <summary>Confidence intervals of a binomial proportion x / n.</summary>
public static class ProportionInterval
{
    /// <summary>
    /// The interval of the proportion <paramref name="successes"/> / <paramref name="trials"/> at the given
    /// two-sided <paramref name="confidence"/>, or <see langword="null"/> when <paramref name="trials"/> is 0.
    /// </summary>
    /// <remarks>
    /// Wilson: with p̂ = x/n and z the (1 + confidence)/2 normal quantile,
    /// (p̂ + z²/2n ± z·sqrt(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
    /// Clopper–Pearson: [B(α/2; x, n−x+1), B(1−α/2; x+1, n−x)] with B the Beta quantile, 0 and 1 at the ends.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, <paramref name="successes"/> exceeds <paramref name="trials"/>, or
    /// <paramref name="confidence"/> is not strictly between 0 and 1.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="method"/> is <see cref="IntervalMethod.Bootstrap"/>, which resamples a tally, not a proportion.
    /// </exception>
    public static Interval? Compute(long successes, long trials, double confidence, IntervalMethod method = IntervalMethod.Wilson)
    {
        if (method == IntervalMethod.Bootstrap)
        {
            throw new ArgumentException(
                "Bootstrap intervals resample the feature's 25-cell tally, not a proportion: use MultinomialBootstrap.Run (expected Wilson or ClopperPearson).",
                nameof(method));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        RequireConfidence(confidence);
        if (trials == 0)
        {
            return null;
        }

        return method switch
        {
            IntervalMethod.Wilson => Wilson(successes, trials, confidence),
            IntervalMethod.ClopperPearson => ClopperPearson(successes, trials, confidence),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown interval method."),
        };
    }

    /// <summary>The two-sided normal quantile for <paramref name="confidence"/>: 1.95996… for 0.95.</summary>
    internal static double NormalQuantile(double confidence)
    {
        RequireConfidence(confidence);
        return Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
    }

    private static Interval Wilson(long successes, long trials, double confidence)
    {
        double z = NormalQuantile(confidence);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double center = (p + (z2 / (2 * n))) / denominator;
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        // At x = 0 and x = n the bounds are exactly 0 and 1; computed, they come out a rounding error away (2.8e-17).
        double lower = successes == 0 ? 0 : Math.Max(0, center - half);
        double upper = successes == trials ? 1 : Math.Min(1, center + half);
        return new Interval(lower, upper);
    }

    private static Interval ClopperPearson(long successes, long trials, double confidence)
    {
        double alpha = 1 - confidence;
        double lower = successes == 0 ? 0 : Beta.InvCDF(successes, trials - successes + 1, alpha / 2);
        double upper = successes == trials ? 1 : Beta.InvCDF(successes + 1, trials - successes, 1 - (alpha / 2));
        return new Interval(lower, upper);
    }

    private static void RequireConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence level lies strictly between 0 and 1, e.g. 0.95.");
        }
    }
}
