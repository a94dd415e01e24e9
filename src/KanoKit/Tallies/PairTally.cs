using System.Runtime.CompilerServices;
using System.Text;
using KanoKit.Tallies;

namespace KanoKit;

/// <summary>
/// The sufficient statistic of Kano analysis for one feature: how many respondents gave each of the 25
/// (functional, dysfunctional) answer pairs, plus how many pairs had a missing side.
/// </summary>
/// <remarks>
/// Every per-feature statistic KanoKit reports is a function of a tally. Tallies add cell by cell
/// (<see cref="Merge"/>, <c>+</c>), so tallies of batches, threads or database groups combine exactly.
/// <c>default(PairTally)</c> is the empty tally.
/// </remarks>
public readonly struct PairTally : IEquatable<PairTally>
{
    private readonly CellBuffer _cells;

    private PairTally(in CellBuffer cells, long missing)
    {
        _cells = cells;
        Missing = missing;
        long total = 0;
        foreach (long cell in (ReadOnlySpan<long>)cells)
        {
            total = checked(total + cell);
        }

        Total = total;
    }

    /// <summary>The number of cells: 5 functional × 5 dysfunctional answers.</summary>
    public const int CellCount = 25;

    /// <summary>The empty tally (no pairs, nothing missing).</summary>
    public static PairTally Empty => default;

    /// <summary>Valid pairs: pairs with both answers given.</summary>
    public long Total { get; }

    /// <summary>Pairs with the functional or the dysfunctional answer (or both) missing.</summary>
    public long Missing { get; }

    /// <summary>How many respondents answered <paramref name="functional"/> and <paramref name="dysfunctional"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either answer is <see cref="Answer.Missing"/> or undefined.</exception>
    public long this[Answer functional, Answer dysfunctional]
    {
        get
        {
            if (functional is < Answer.Like or > Answer.Dislike)
            {
                throw new ArgumentOutOfRangeException(nameof(functional), functional, "Cells exist for Like … Dislike; missing pairs are counted in Missing.");
            }

            if (dysfunctional is < Answer.Like or > Answer.Dislike)
            {
                throw new ArgumentOutOfRangeException(nameof(dysfunctional), dysfunctional, "Cells exist for Like … Dislike; missing pairs are counted in Missing.");
            }

            return _cells[CellIndex(functional, dysfunctional)];
        }
    }

    /// <summary>The 25 cells as a new array, row-major (functional Like … Dislike, then dysfunctional Like … Dislike).</summary>
    public long[] ToCellArray() => ((ReadOnlySpan<long>)_cells).ToArray();

    /// <summary>The count of row-major cell <paramref name="index"/> (0 … 24), unchecked.</summary>
    internal long CellAt(int index) => _cells[index];

    /// <summary>The row-major cell index of a valid answer pair: (functional − 1) · 5 + (dysfunctional − 1). The one owner of the cell layout.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CellIndex(Answer functional, Answer dysfunctional) => CellIndex((int)functional - 1, (int)dysfunctional - 1);

    /// <summary>The row-major cell index of 0-based <paramref name="row"/> (functional) and <paramref name="column"/> (dysfunctional).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CellIndex(int row, int column) => (row * 5) + column;

    /// <summary>The functional answer of row-major cell <paramref name="index"/>.</summary>
    internal static Answer FunctionalOf(int index) => (Answer)((index / 5) + 1);

    /// <summary>The dysfunctional answer of row-major cell <paramref name="index"/>.</summary>
    internal static Answer DysfunctionalOf(int index) => (Answer)((index % 5) + 1);

    /// <summary>
    /// Tallies two answer columns position by position: pair <c>k</c> is (<paramref name="functional"/>[k],
    /// <paramref name="dysfunctional"/>[k]). A pair with either side <see cref="Answer.Missing"/> counts as missing.
    /// </summary>
    /// <remarks>Vectorised with <see cref="System.Numerics.Vector{T}"/>; allocation-free.</remarks>
    /// <exception cref="ArgumentException">
    /// The columns differ in length, or a byte is above 5 (not an <see cref="Answer"/>): the message names the
    /// column and position. Nothing is miscounted silently.
    /// </exception>
    public static PairTally Count(ReadOnlySpan<Answer> functional, ReadOnlySpan<Answer> dysfunctional)
    {
        var cells = default(CellBuffer);
        PairCounter.Count(functional, dysfunctional, cells);
        return FromCounted(cells, functional.Length);
    }

    /// <summary>The scalar reference loop behind <see cref="Count"/>, kept for tests and benchmarks.</summary>
    internal static PairTally CountScalar(ReadOnlySpan<Answer> functional, ReadOnlySpan<Answer> dysfunctional)
    {
        var cells = default(CellBuffer);
        PairCounter.CountScalar(functional, dysfunctional, cells);
        return FromCounted(cells, functional.Length);
    }

    /// <summary>Builds a tally from counts, e.g. a database's <c>GROUP BY functional, dysfunctional</c>.</summary>
    /// <param name="cells">25 counts in row-major order (functional Like … Dislike, then dysfunctional Like … Dislike).</param>
    /// <param name="missing">Pairs with a missing side.</param>
    /// <exception cref="ArgumentException"><paramref name="cells"/> does not hold 25 counts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static PairTally FromCells(ReadOnlySpan<long> cells, long missing = 0)
    {
        if (cells.Length != CellCount)
        {
            throw new ArgumentException($"A tally has {CellCount} cells, not {cells.Length}.", nameof(cells));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(missing);
        var buffer = default(CellBuffer);
        for (int i = 0; i < CellCount; i++)
        {
            if (cells[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(cells), cells[i], $"Cell {i} is negative; counts are never negative.");
            }

            buffer[i] = cells[i];
        }

        return new PairTally(buffer, missing);
    }

    /// <summary>The cell-wise sum of two tallies: the tally of both batches together.</summary>
    /// <exception cref="OverflowException">A sum exceeds <see cref="long.MaxValue"/>.</exception>
    public PairTally Merge(PairTally other)
    {
        var sum = default(CellBuffer);
        ReadOnlySpan<long> left = _cells;
        ReadOnlySpan<long> right = other._cells;
        for (int i = 0; i < CellCount; i++)
        {
            sum[i] = checked(left[i] + right[i]);
        }

        return new PairTally(sum, checked(Missing + other.Missing));
    }

    /// <summary>The cell-wise sum of two tallies (see <see cref="Merge"/>).</summary>
    public static PairTally operator +(PairTally left, PairTally right) => left.Merge(right);

    /// <summary>Tallies are equal when all 25 cells and the missing count are.</summary>
    public bool Equals(PairTally other) =>
        Missing == other.Missing && ((ReadOnlySpan<long>)_cells).SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PairTally other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (long cell in (ReadOnlySpan<long>)_cells)
        {
            hash.Add(cell);
        }

        hash.Add(Missing);
        return hash.ToHashCode();
    }

    /// <summary>Equality of tallies.</summary>
    public static bool operator ==(PairTally left, PairTally right) => left.Equals(right);

    /// <summary>Inequality of tallies.</summary>
    public static bool operator !=(PairTally left, PairTally right) => !left.Equals(right);

    /// <summary>The five rows of cells and the missing count, e.g. "[0 3 1 0 9 | … ] missing 2".</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (int i = 0; i < CellCount; i++)
        {
            if (i > 0)
            {
                builder.Append(i % 5 == 0 ? " | " : " ");
            }

            builder.Append(_cells[i]);
        }

        return builder.Append("] missing ").Append(Missing).ToString();
    }

    private static PairTally FromCounted(in CellBuffer cells, int length)
    {
        long valid = 0;
        foreach (long cell in (ReadOnlySpan<long>)cells)
        {
            valid += cell;
        }

        return new PairTally(cells, length - valid);
    }
}

/// <summary>Inline storage for the 25 cells, so that a tally is a value with no heap allocation.</summary>
[InlineArray(PairTally.CellCount)]
internal struct CellBuffer
{
    private long _first;
}
