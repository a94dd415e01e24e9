namespace KanoKit.Statistics;

/// <summary>
/// A two-way table of counts with its all-zero rows and columns dropped, its margins, and its Pearson statistic.
/// Internal working form of <see cref="ChiSquareIndependence"/>.
/// </summary>
internal sealed class ContingencyTable
{
    private ContingencyTable(long[] cells, long[] rowTotals, long[] columnTotals, long total)
    {
        Cells = cells;
        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
        Total = total;
        Expected = new double[cells.Length];
        for (int r = 0; r < rowTotals.Length; r++)
        {
            for (int c = 0; c < columnTotals.Length; c++)
            {
                Expected[(r * columnTotals.Length) + c] = (double)rowTotals[r] * columnTotals[c] / total;
            }
        }
    }

    /// <summary>Row-major counts.</summary>
    public long[] Cells { get; }

    public long[] RowTotals { get; }

    public long[] ColumnTotals { get; }

    public long Total { get; }

    /// <summary>Row-major expected counts under independence, rᵢ cⱼ / n.</summary>
    public double[] Expected { get; }

    public int Rows => RowTotals.Length;

    public int Columns => ColumnTotals.Length;

    /// <summary>Copies <paramref name="table"/> without its all-zero rows and columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static ContingencyTable From(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int rows = table.GetLength(0);
        int columns = table.GetLength(1);
        var rowTotals = new long[rows];
        var columnTotals = new long[columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                long count = table[r, c];
                if (count < 0)
                {
                    throw new ArgumentOutOfRangeException(nameof(table), count, $"Cell [{r}, {c}] is negative; counts are never negative.");
                }

                rowTotals[r] = checked(rowTotals[r] + count);
                columnTotals[c] = checked(columnTotals[c] + count);
            }
        }

        int[] keptRows = [.. Enumerable.Range(0, rows).Where(r => rowTotals[r] > 0)];
        int[] keptColumns = [.. Enumerable.Range(0, columns).Where(c => columnTotals[c] > 0)];
        var cells = new long[keptRows.Length * keptColumns.Length];
        for (int r = 0; r < keptRows.Length; r++)
        {
            for (int c = 0; c < keptColumns.Length; c++)
            {
                cells[(r * keptColumns.Length) + c] = table[keptRows[r], keptColumns[c]];
            }
        }

        return new ContingencyTable(
            cells,
            [.. keptRows.Select(r => rowTotals[r])],
            [.. keptColumns.Select(c => columnTotals[c])],
            rowTotals.Sum());
    }

    /// <summary>Pearson's statistic Σ (xᵢⱼ − eᵢⱼ)² / eᵢⱼ of <paramref name="cells"/> (same margins as this table).</summary>
    public double ChiSquare(ReadOnlySpan<long> cells)
    {
        double sum = 0;
        for (int k = 0; k < cells.Length; k++)
        {
            double difference = cells[k] - Expected[k];
            sum += difference * difference / Expected[k];
        }

        return sum;
    }
}
