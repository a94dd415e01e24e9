using System.Buffers;

namespace KanoKit.Statistics;

/// <summary>The differences of Better and of Worse between two independent groups, with their confidence intervals.</summary>
/// <param name="Better">Better₁ − Better₂; <see langword="null"/> when either group has N′ = 0.</param>
/// <param name="BetterInterval">The interval of <paramref name="Better"/>; <see langword="null"/> when it is undefined.</param>
/// <param name="Worse">Worse₁ − Worse₂ (Worse is negative, so a group that suffers more from absence has a negative difference); <see langword="null"/> as Better.</param>
/// <param name="WorseInterval">The interval of <paramref name="Worse"/>; <see langword="null"/> when it is undefined.</param>
public readonly record struct CoefficientDifferences(double? Better, Interval? BetterInterval, double? Worse, Interval? WorseInterval);

/// <summary>
/// Differences of Berger et al.'s (1993) coefficients between two independent groups (a segment and the rest of the
/// sample, or two survey waves): Better = (A + O)/N′ and |Worse| = (O + M)/N′ are proportions of N′ = A + O + M + I.
/// </summary>
public static class CoefficientDifference
{
    /// <summary>
    /// Newcombe's (1998) hybrid score interval (<see cref="ProportionDifference.Newcombe"/>) of Better₁ − Better₂ with
    /// x = A + O of n = N′ in each group, and of Worse₁ − Worse₂ = −(|Worse|₁ − |Worse|₂) as the negated interval of the
    /// difference of the proportions (O + M)/N′.
    /// </summary>
    /// <param name="first">The first group's category counts.</param>
    /// <param name="second">The second group's category counts (the rest of the sample, or the previous wave).</param>
    /// <param name="confidence">The two-sided level, strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public static CoefficientDifferences Newcombe(CategoryCounts first, CategoryCounts second, double confidence = 0.95)
    {
        long n1 = first.SignalTotal, n2 = second.SignalTotal;
        return new CoefficientDifferences(
            Difference(Satisfaction.Better(first), Satisfaction.Better(second)),
            ProportionDifference.Newcombe(first.A + first.O, n1, second.A + second.O, n2, confidence),
            Difference(Satisfaction.Worse(first), Satisfaction.Worse(second)),
            ProportionDifference.Newcombe(first.O + first.M, n1, second.O + second.M, n2, confidence)?.Negate());
    }

    /// <summary>
    /// Percentile intervals (type 7) of Better₁ − Better₂ and Worse₁ − Worse₂ from B independent multinomial resamples
    /// of each group's category counts (each Multinomial(N; countₖ/N); the sum of a multinomial's cells is multinomial,
    /// so resampling the six categories gives Better and Worse the same distribution as resampling the 25 answer-pair
    /// cells). Resamples in which either group has N′ = 0 are left out. The point differences are the observed ones.
    /// Seeded (xoshiro256**) and bit-identical for the same seed; no allocation per resample.
    /// </summary>
    /// <param name="first">The first group's category counts.</param>
    /// <param name="second">The second group's category counts.</param>
    /// <param name="settings">Resamples, seed and level.</param>
    public static CoefficientDifferences Bootstrap(CategoryCounts first, CategoryCounts second, BootstrapSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double? better = Difference(Satisfaction.Better(first), Satisfaction.Better(second));
        double? worse = Difference(Satisfaction.Worse(first), Satisfaction.Worse(second));
        if (first.Total == 0 || second.Total == 0)
        {
            return new CoefficientDifferences(better, null, worse, null);
        }

        Span<long> one = stackalloc long[KanoCategories.Count];
        Span<long> two = stackalloc long[KanoCategories.Count];
        Fill(first, one);
        Fill(second, two);
        var drawOne = new MultinomialDraw(one);
        var drawTwo = new MultinomialDraw(two);
        int resamples = settings.Resamples;
        double[] buffer = ArrayPool<double>.Shared.Rent(2 * resamples);
        try
        {
            var random = new Xoshiro256StarStar(settings.Seed);
            int defined = 0;
            for (int b = 0; b < resamples; b++)
            {
                drawOne.Sample(ref random, one);
                drawTwo.Sample(ref random, two);
                long signalOne = one[0] + one[1] + one[2] + one[3];
                long signalTwo = two[0] + two[1] + two[2] + two[3];
                if (signalOne > 0 && signalTwo > 0)
                {
                    buffer[defined] = ((double)(one[0] + one[1]) / signalOne) - ((double)(two[0] + two[1]) / signalTwo);
                    buffer[resamples + defined] = ((double)(two[1] + two[2]) / signalTwo) - ((double)(one[1] + one[2]) / signalOne);
                    defined++;
                }
            }

            if (defined == 0 || better is null || worse is null)
            {
                return new CoefficientDifferences(better, null, worse, null);
            }

            return new CoefficientDifferences(
                better,
                Percentile.Interval(buffer.AsSpan(0, defined), settings.Confidence),
                worse,
                Percentile.Interval(buffer.AsSpan(resamples, defined), settings.Confidence));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    /// <summary>x − y, undefined when either is; a zero difference is +0, never −0.</summary>
    private static double? Difference(double? x, double? y) => x - y is { } d ? (d == 0 ? 0.0 : d) : null;

    private static void Fill(CategoryCounts counts, Span<long> cells)
    {
        for (int k = 0; k < KanoCategories.Count; k++)
        {
            cells[k] = counts[(KanoCategory)k];
        }
    }
}
