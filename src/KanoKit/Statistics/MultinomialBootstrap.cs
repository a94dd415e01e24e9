using System.Buffers;

namespace KanoKit.Statistics;

/// <summary>
/// The multinomial bootstrap of a feature: B resamples of its 25-cell tally, each a Multinomial(n; cᵢ/n) draw with
/// n = <see cref="PairTally.Total"/>, and percentile intervals of every statistic recomputed on each resample
/// (Efron &amp; Tibshirani 1993, An Introduction to the Bootstrap, ch. 13). Resampling the cells instead of the
/// respondents gives the same distribution (the tally is sufficient) at a cost that does not grow with n.
/// </summary>
public static class MultinomialBootstrap
{
    private static ReadOnlySpan<double> FunctionalScore => [4, 2, 0, -1, -2];

    private static ReadOnlySpan<double> DysfunctionalScore => [-2, -1, 0, 2, 4];

    /// <summary>
    /// Draws <see cref="BootstrapSettings.Resamples"/> resamples of <paramref name="tally"/> and returns percentile
    /// intervals (type 7 quantiles at α/2 and 1 − α/2) of the six category shares of N, Better = (A + O)/N′,
    /// |Worse| = (O + M)/N′, Worse = −|Worse|, and DuMouchel's functional and dysfunctional means, plus the
    /// stability of the dominant category under <paramref name="tieRule"/> (exact ties by default). Resamples with
    /// N′ = 0 leave Better and Worse undefined and are left out of their intervals (counted in
    /// <see cref="BootstrapResult.SignalResamples"/>). <see langword="null"/> when the tally has no valid pair.
    /// </summary>
    /// <remarks>
    /// Deterministic: xoshiro256** seeded from <see cref="BootstrapSettings.Seed"/>, exact binomial draws
    /// (<c>BinomialDraw</c>: inversion or Hörmann's BTRS) and IEEE arithmetic only, so a seed gives bit-identical
    /// results on every machine. No allocation per resample; one pooled buffer of 10·B doubles per call.
    /// </remarks>
    /// <param name="tally">The feature's tally.</param>
    /// <param name="table">The evaluation table that classifies the cells.</param>
    /// <param name="settings">Resamples, seed and level; <see cref="BootstrapSettings.Default"/> when null.</param>
    /// <param name="tieRule">How the dominant category is chosen in each resample; <see cref="TieRule.Exact"/> when null.</param>
    public static BootstrapResult? Run(PairTally tally, EvaluationTable table, BootstrapSettings? settings = null, TieRule? tieRule = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        settings ??= BootstrapSettings.Default;
        tieRule ??= TieRule.Exact;
        if (tally.Total == 0)
        {
            return null;
        }

        Span<long> cells = stackalloc long[PairTally.CellCount];
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            cells[cell] = tally.CellAt(cell);
        }

        Span<byte> categoryOf = stackalloc byte[PairTally.CellCount];
        Span<long> observed = stackalloc long[6];
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            categoryOf[cell] = (byte)table.CellAt(cell);
            observed[categoryOf[cell]] += cells[cell];
        }

        var draw = new MultinomialDraw(cells);
        int resamples = settings.Resamples;
        double band = tieRule.Width;
        double n = tally.Total;
        double[] buffer = ArrayPool<double>.Shared.Rent(10 * resamples);
        try
        {
            Span<double> all = buffer.AsSpan(0, 10 * resamples);
            Span<int> wins = stackalloc int[6];
            Span<long> counts = stackalloc long[6];
            var random = new Xoshiro256StarStar(settings.Seed);
            int signal = 0;
            for (int b = 0; b < resamples; b++)
            {
                draw.Sample(ref random, cells);
                counts.Clear();
                double functional = 0;
                double dysfunctional = 0;
                for (int cell = 0; cell < PairTally.CellCount; cell++)
                {
                    long count = cells[cell];
                    counts[categoryOf[cell]] += count;
                    functional += count * FunctionalScore[cell / 5];
                    dysfunctional += count * DysfunctionalScore[cell % 5];
                }

                for (int k = 0; k < 6; k++)
                {
                    all[(k * resamples) + b] = counts[k] / n;
                }

                long signalTotal = counts[0] + counts[1] + counts[2] + counts[3];
                if (signalTotal > 0)
                {
                    all[(6 * resamples) + signal] = (double)(counts[0] + counts[1]) / signalTotal;
                    all[(7 * resamples) + signal] = (double)(counts[1] + counts[2]) / signalTotal;
                    signal++;
                }

                all[(8 * resamples) + b] = functional / n;
                all[(9 * resamples) + b] = dysfunctional / n;
                wins[(int)Plurality.Find(counts, band).Category]++;
            }

            double level = settings.Confidence;
            Interval Slice(int statistic, int length) => Percentile.Interval(buffer.AsSpan(statistic * resamples, length), level);
            var shares = new ShareIntervals(
                Slice(0, resamples), Slice(1, resamples), Slice(2, resamples), Slice(3, resamples), Slice(4, resamples), Slice(5, resamples));
            Interval? better = signal > 0 ? Slice(6, signal) : null;
            Interval? absoluteWorse = signal > 0 ? Slice(7, signal) : null;
            return new BootstrapResult(
                resamples,
                settings.Seed,
                level,
                shares,
                signal,
                better,
                absoluteWorse?.Negate(),
                absoluteWorse,
                Slice(8, resamples),
                Slice(9, resamples),
                Stability(Plurality.Find(observed, band).Category, wins, resamples));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }

    private static CategoryStability Stability(KanoCategory observed, ReadOnlySpan<int> wins, int resamples)
    {
        int runnerUp = -1;
        foreach (byte k in Plurality.Priority)
        {
            if (k != (int)observed && wins[k] > 0 && (runnerUp < 0 || wins[k] > wins[runnerUp]))
            {
                runnerUp = k;
            }
        }

        return new CategoryStability(
            observed,
            (double)wins[(int)observed] / resamples,
            runnerUp < 0 ? null : (KanoCategory)runnerUp,
            runnerUp < 0 ? null : (double)wins[runnerUp] / resamples);
    }
}
