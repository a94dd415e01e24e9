namespace KanoKit.Statistics;

/// <summary>
/// Random two-way tables with given row and column totals, uniformly from the conditional (multiple hypergeometric)
/// distribution of tables under independence: Patefield (1981), "An efficient method of generating random R × C
/// tables with given row and column totals", Applied Statistics 30:91–97, algorithm AS 159, as R's
/// <c>r2dtable</c> and <c>chisq.test(simulate.p.value = TRUE)</c> use it.
/// </summary>
/// <remarks>
/// Cell (l, m) is drawn, row by row and column by column, from its hypergeometric distribution given the row's
/// remaining total, the column's remaining total and the remaining grand total, by inversion starting at the mode
/// and stepping outwards alternately (Patefield's search), the probabilities updated by their ratios; the last
/// column and the last row take what remains. ln k! comes from Stirling's series with an exact table below 10,
/// logs and exponentials from <see cref="PortableMath"/>: draws are bit-identical on every machine.
/// </remarks>
internal sealed class RandomTable
{
    private readonly long[] _rowTotals;
    private readonly long[] _columnTotals;
    private readonly long[] _columnLeft;

    public RandomTable(long[] rowTotals, long[] columnTotals)
    {
        _rowTotals = rowTotals;
        _columnTotals = columnTotals;
        _columnLeft = new long[columnTotals.Length];
    }

    /// <summary>Fills <paramref name="cells"/> (row-major, rows × columns) with one random table; allocation-free.</summary>
    public void Sample(ref Xoshiro256StarStar random, Span<long> cells)
    {
        int rows = _rowTotals.Length;
        int columns = _columnTotals.Length;
        _columnTotals.CopyTo(_columnLeft, 0);
        long grandLeft = 0;
        foreach (long total in _columnTotals)
        {
            grandLeft += total;
        }

        for (int l = 0; l < rows - 1; l++)
        {
            long rowLeft = _rowTotals[l];
            long blockLeft = grandLeft; // Σ of the remaining column totals from column m on
            for (int m = 0; m < columns - 1; m++)
            {
                long column = _columnLeft[m];
                long x = rowLeft == 0 ? 0 : Hypergeometric(ref random, rowLeft, column, blockLeft);
                cells[(l * columns) + m] = x;
                blockLeft -= column;
                _columnLeft[m] -= x;
                rowLeft -= x;
            }

            cells[(l * columns) + columns - 1] = rowLeft;
            _columnLeft[columns - 1] -= rowLeft;
            grandLeft -= _rowTotals[l];
        }

        for (int m = 0; m < columns; m++)
        {
            cells[((rows - 1) * columns) + m] = _columnLeft[m];
        }
    }

    /// <summary>
    /// The number of marked items among <paramref name="draws"/> drawn without replacement from
    /// <paramref name="population"/> items of which <paramref name="marked"/> are marked.
    /// </summary>
    internal static long Hypergeometric(ref Xoshiro256StarStar random, long draws, long marked, long population)
    {
        long low = Math.Max(0, draws + marked - population);
        long high = Math.Min(draws, marked);
        if (low == high)
        {
            return low;
        }

        long unmarked = population - marked;
        long mode = (long)Math.Floor((draws + 1.0) * (marked + 1.0) / (population + 2.0));
        mode = Math.Clamp(mode, low, high);
        double atMode = PortableMath.Exp(
            LogFactorial(marked) - LogFactorial(mode) - LogFactorial(marked - mode)
            + LogFactorial(unmarked) - LogFactorial(draws - mode) - LogFactorial(unmarked - draws + mode)
            - LogFactorial(population) + LogFactorial(draws) + LogFactorial(population - draws));

        double u = random.NextOpenDouble();
        if (u <= atMode)
        {
            return mode;
        }

        u -= atMode;
        long up = mode;
        long down = mode;
        double pUp = atMode;
        double pDown = atMode;
        while (up < high || down > low)
        {
            if (up < high)
            {
                pUp *= (double)(marked - up) * (draws - up) / ((up + 1.0) * (unmarked - draws + up + 1.0));
                up++;
                if (u <= pUp)
                {
                    return up;
                }

                u -= pUp;
            }

            if (down > low)
            {
                pDown *= (double)down * (unmarked - draws + down) / ((marked - down + 1.0) * (draws - down + 1.0));
                down--;
                if (u <= pDown)
                {
                    return down;
                }

                u -= pDown;
            }
        }

        return mode; // only when rounding left u above the total probability (≈ 1e-15): the mode is the likeliest value
    }

    /// <summary>ln k! = (k + ½) ln(k + 1) − (k + 1) + ½ ln 2π + tail(k) (exact table below 10, Stirling's series above).</summary>
    internal static double LogFactorial(long k) =>
        ((k + 0.5) * PortableMath.Log(k + 1.0)) - (k + 1.0) + HalfLogTwoPi + BinomialDraw.StirlingTail(k);

    private const double HalfLogTwoPi = 0.91893853320467274178;
}
