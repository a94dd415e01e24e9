namespace KanoKit.Statistics;

/// <summary>
/// Pearson's chi-square test of independence for a two-way table such as segment × Kano category, with Cramér's
/// V, a sparseness warning and a Monte-Carlo exact-conditional p-value.
/// </summary>
public static class ChiSquareIndependence
{
    // R's .Machine$double.eps = 2⁻⁵².
    private const double MachineEpsilon = 2.220446049250313E-16;

    /// <summary>
    /// The test of a table of counts: rows and columns that are all zero are dropped first; then
    /// χ² = Σ (xᵢⱼ − eᵢⱼ)² / eᵢⱼ with eᵢⱼ = rᵢ cⱼ / n, df = (r − 1)(c − 1), p = P(χ²_df ≥ χ²),
    /// Cramér's V = sqrt(χ² / (n (min(r, c) − 1))) (Cramér 1946), and the table is sparse when more than 20 % of
    /// the eᵢⱼ are below 5 (Cochran 1954). Agrees with R's <c>chisq.test(x, correct = FALSE)</c>.
    /// <see langword="null"/> when fewer than two rows or two columns remain (no test is possible).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IndependenceTest? Test(long[,] table)
    {
        var compact = ContingencyTable.From(table);
        if (compact.Rows < 2 || compact.Columns < 2)
        {
            return null;
        }

        double chiSquare = compact.ChiSquare(compact.Cells);
        int df = (compact.Rows - 1) * (compact.Columns - 1);
        int small = compact.Expected.Count(e => e < 5);
        double smallShare = (double)small / compact.Expected.Length;
        double v = Math.Sqrt(chiSquare / (compact.Total * (Math.Min(compact.Rows, compact.Columns) - 1.0)));
        return new IndependenceTest(
            chiSquare, df, GoodnessOfFit.UpperTail(chiSquare, df), Math.Min(1, v), smallShare, smallShare > 0.2,
            compact.Rows, compact.Columns, compact.Total);
    }

    /// <summary>The test of the segment × category table whose rows are <paramref name="rows"/> (columns A, O, M, I, R, Q).</summary>
    public static IndependenceTest? Test(IReadOnlyList<CategoryCounts> rows) => Test(ToTable(rows));

    /// <summary>
    /// The Monte-Carlo p-value of Pearson's χ² conditional on both margins (Hope 1968): B random tables with the
    /// observed margins (Patefield 1981, AS 159), p = (1 + #{χ²_sim ≥ χ²_obs}) / (B + 1), comparing with R's relative
    /// tolerance χ²_sim ≥ (1 − 64ε) χ²_obs — as R's <c>chisq.test(x, simulate.p.value = TRUE, B)</c> computes it.
    /// Seeded and bit-identical on every machine. <see langword="null"/> when <see cref="Test(long[,])"/> is.
    /// </summary>
    /// <param name="table">The table of counts; all-zero rows and columns are dropped.</param>
    /// <param name="resamples">B, the number of simulated tables (R's default is 2,000).</param>
    /// <param name="seed">The seed of the random stream.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or <paramref name="resamples"/> is below 1.</exception>
    public static MonteCarloPValue? SimulatePValue(long[,] table, int resamples, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var compact = ContingencyTable.From(table);
        if (compact.Rows < 2 || compact.Columns < 2)
        {
            return null;
        }

        double threshold = (1 - (64 * MachineEpsilon)) * compact.ChiSquare(compact.Cells);
        var generator = new RandomTable(compact.RowTotals, compact.ColumnTotals);
        var random = new Xoshiro256StarStar(seed);
        var cells = new long[compact.Cells.Length];
        int extreme = 0;
        for (int b = 0; b < resamples; b++)
        {
            generator.Sample(ref random, cells);
            if (compact.ChiSquare(cells) >= threshold)
            {
                extreme++;
            }
        }

        return new MonteCarloPValue((1.0 + extreme) / (resamples + 1.0), extreme, resamples, seed);
    }

    /// <summary>The Monte-Carlo p-value of the segment × category table whose rows are <paramref name="rows"/>.</summary>
    public static MonteCarloPValue? SimulatePValue(IReadOnlyList<CategoryCounts> rows, int resamples, ulong seed) =>
        SimulatePValue(ToTable(rows), resamples, seed);

    private static long[,] ToTable(IReadOnlyList<CategoryCounts> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new long[rows.Count, 6];
        for (int r = 0; r < rows.Count; r++)
        {
            for (int c = 0; c < 6; c++)
            {
                table[r, c] = rows[r][(KanoCategory)c];
            }
        }

        return table;
    }
}
