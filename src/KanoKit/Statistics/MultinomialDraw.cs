namespace KanoKit.Statistics;

/// <summary>
/// Draws the 25 cells of a pair tally as one multinomial sample Multinomial(n; c₁/n, …, c₂₅/n) by sequential
/// conditional binomials: cell k gets Binomial(n − x₁ − … − x_(k−1), c_k / (c_k + … + c₂₅)), the last non-empty cell
/// the rest (e.g. Devroye 1986, Non-Uniform Random Variate Generation, §XI.1.5). With an O(1) binomial
/// (<see cref="BinomialDraw"/>) one draw costs O(number of non-empty cells), whatever n is.
/// </summary>
internal readonly struct MultinomialDraw
{
    private readonly byte[] _order;
    private readonly BinomialDraw.Probability[] _conditional;

    /// <summary>Prepares the draw from observed cell counts: empty cells are skipped, the largest are drawn first.</summary>
    public MultinomialDraw(ReadOnlySpan<long> counts)
    {
        Span<byte> order = stackalloc byte[counts.Length];
        int used = 0;
        long total = 0;
        for (int cell = 0; cell < counts.Length; cell++)
        {
            if (counts[cell] > 0)
            {
                order[used++] = (byte)cell;
                total += counts[cell];
            }
        }

        // Insertion sort by descending count, ties by cell index: deterministic and tiny (≤ 25 cells).
        for (int i = 1; i < used; i++)
        {
            byte cell = order[i];
            int j = i - 1;
            while (j >= 0 && counts[order[j]] < counts[cell])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = cell;
        }

        _order = order[..used].ToArray();
        _conditional = new BinomialDraw.Probability[used];
        long remaining = total;
        for (int i = 0; i < used; i++)
        {
            long count = counts[_order[i]];
            _conditional[i] = new BinomialDraw.Probability((double)count / remaining);
            remaining -= count;
        }

        Total = total;
        CellCount = counts.Length;
    }

    /// <summary>n: the number of trials of every draw.</summary>
    public long Total { get; }

    /// <summary>The number of cells a draw fills.</summary>
    public int CellCount { get; }

    /// <summary>Fills <paramref name="destination"/> (at least <see cref="CellCount"/> long) with one draw; allocation-free.</summary>
    public void Sample(ref Xoshiro256StarStar random, Span<long> destination)
    {
        destination[..CellCount].Clear();
        long remaining = Total;
        int last = _order.Length - 1;
        for (int i = 0; i < last && remaining > 0; i++)
        {
            long x = BinomialDraw.Sample(ref random, remaining, in _conditional[i]);
            destination[_order[i]] = x;
            remaining -= x;
        }

        if (last >= 0)
        {
            destination[_order[last]] += remaining;
        }
    }
}
