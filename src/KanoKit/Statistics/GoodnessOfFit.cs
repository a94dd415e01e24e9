using MathNet.Numerics;

namespace KanoKit.Statistics;

/// <summary>A chi-square test result.</summary>
/// <param name="ChiSquare">The statistic χ².</param>
/// <param name="Df">Degrees of freedom.</param>
/// <param name="P">The upper-tail p-value P(χ²_df ≥ statistic).</param>
public readonly record struct ChiSquareResult(double ChiSquare, int Df, double P);

/// <summary>The chi-square goodness-of-fit test of the M, O, A, I counts against equal shares, as researchers often report.</summary>
public static class GoodnessOfFit
{
    /// <summary>
    /// χ² = Σ (n_k − e)² / e over k ∈ {M, O, A, I} with e = (M + O + A + I) / 4, df = 3, p from the chi-square
    /// distribution. <see langword="null"/> when M + O + A + I = 0.
    /// </summary>
    public static ChiSquareResult? Test(CategoryCounts counts)
    {
        long total = counts.SignalTotal;
        if (total == 0)
        {
            return null;
        }

        double expected = total / 4.0;
        double chiSquare = 0;
        foreach (long observed in (ReadOnlySpan<long>)[counts.M, counts.O, counts.A, counts.I])
        {
            double difference = observed - expected;
            chiSquare += difference * difference / expected;
        }

        return new ChiSquareResult(chiSquare, 3, UpperTail(chiSquare, 3));
    }

    /// <summary>P(χ²_df ≥ x), computed as the regularised upper incomplete gamma Q(df/2, x/2) so that small p-values keep their precision.</summary>
    internal static double UpperTail(double x, int df) => x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
}
