using MathNet.Numerics.Distributions;

namespace KanoKit.Statistics;

/// <summary>Sample sizes for planning a Kano study.</summary>
public static class SampleSize
{
    /// <summary>
    /// The pairs needed so that the normal-approximation (Wald) interval of a proportion p has at most the given
    /// half-width E: n = ⌈z² p (1 − p) / E²⌉ with z the two-sided normal quantile of the confidence (e.g. Cochran
    /// 1977, Sampling Techniques, §4.4). p = 0.5 is the worst case. Example: E = 0.05, 95 %, p = 0.5 → 385.
    /// </summary>
    /// <param name="halfWidth">E, the wanted half-width, in (0, 0.5].</param>
    /// <param name="confidence">The two-sided confidence level.</param>
    /// <param name="proportion">The expected proportion (0.5, the worst case, by default), in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static long ForHalfWidth(double halfWidth, double confidence = 0.95, double proportion = 0.5)
    {
        if (!(halfWidth > 0 && halfWidth <= 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(halfWidth), halfWidth, "The half-width is a fraction in (0, 0.5], e.g. 0.05.");
        }

        RequireProportion(proportion, nameof(proportion));
        double z = ProportionInterval.NormalQuantile(confidence);
        return Math.Max(1, (long)Math.Ceiling(z * z * proportion * (1 - proportion) / (halfWidth * halfWidth)));
    }

    /// <summary>
    /// The respondents needed so that Better or Worse, proportions of the signal pairs N′ = A + O + M + I, have at most
    /// the given half-width: N′ from <see cref="ForHalfWidth"/>, divided by the expected signal share N′/n (the share
    /// of respondents whose answer pair is A, O, M or I; 1 assumes no R, Q or missing answers) and rounded up.
    /// Example: E = 0.05, 95 %, worst case, signal share 0.8 → ⌈385 / 0.8⌉ = 482.
    /// </summary>
    /// <param name="halfWidth">E, the wanted half-width of Better or |Worse|.</param>
    /// <param name="confidence">The two-sided confidence level.</param>
    /// <param name="signalShare">The expected share of respondents with a signal pair, in (0, 1].</param>
    /// <param name="coefficient">The expected Better or |Worse| (0.5, the worst case, by default).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static long RespondentsForCoefficient(double halfWidth, double confidence = 0.95, double signalShare = 1, double coefficient = 0.5)
    {
        if (!(signalShare > 0 && signalShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(signalShare), signalShare, "The signal share is a fraction in (0, 1], e.g. 0.8.");
        }

        long pairs = ForHalfWidth(halfWidth, confidence, coefficient);
        return (long)Math.Ceiling(pairs / signalShare - 1e-9);
    }

    /// <summary>
    /// The size of each of two equal groups needed to detect p₁ ≠ p₂ with a two-sided test at level α with the given
    /// power, by the normal approximation without continuity correction (Fleiss, Levin &amp; Paik 2003, Statistical
    /// Methods for Rates and Proportions, 3rd ed., eq. 4.14; R's <c>power.prop.test</c>):
    /// n = [z₁₋α/₂ sqrt(2 p̄ q̄) + z₁₋β sqrt(p₁q₁ + p₂q₂)]² / (p₁ − p₂)², p̄ = (p₁ + p₂)/2, rounded up.
    /// Example (R's ?power.prop.test): p₁ = 0.5, p₂ = 0.75, power 0.9 → 76.7, so 77 per group.
    /// </summary>
    /// <param name="p1">The proportion in the first group, in [0, 1].</param>
    /// <param name="p2">The proportion in the second group, in [0, 1], different from <paramref name="p1"/>.</param>
    /// <param name="alpha">The two-sided significance level, in (0, 1); 0.05 by default.</param>
    /// <param name="power">1 − β, in (0, 1); 0.8 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or p₁ = p₂.</exception>
    public static long PerGroupForDifference(double p1, double p2, double alpha = 0.05, double power = 0.8) =>
        (long)Math.Ceiling(PerGroupForDifferenceExact(p1, p2, alpha, power) - 1e-9);

    /// <summary>The unrounded n of <see cref="PerGroupForDifference"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or p₁ = p₂.</exception>
    public static double PerGroupForDifferenceExact(double p1, double p2, double alpha = 0.05, double power = 0.8)
    {
        RequireProportion(p1, nameof(p1));
        RequireProportion(p2, nameof(p2));
        if (p1 == p2)
        {
            throw new ArgumentOutOfRangeException(nameof(p2), p2, "The two proportions must differ: no sample size detects a zero difference.");
        }

        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "α lies strictly between 0 and 1, e.g. 0.05.");
        }

        if (!(power > 0 && power < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(power), power, "Power lies strictly between 0 and 1, e.g. 0.8.");
        }

        double zAlpha = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        double zBeta = Normal.InvCDF(0, 1, power);
        double mean = (p1 + p2) / 2;
        double root = (zAlpha * Math.Sqrt(2 * mean * (1 - mean))) + (zBeta * Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2))));
        return root * root / ((p1 - p2) * (p1 - p2));
    }

    private static void RequireProportion(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A proportion lies in [0, 1].");
        }
    }
}
