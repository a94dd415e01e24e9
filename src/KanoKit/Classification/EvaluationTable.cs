using System.Text;

namespace KanoKit;

/// <summary>
/// The Kano evaluation table: the category of each of the 25 (functional, dysfunctional) answer pairs.
/// Immutable; rows are the functional answer, columns the dysfunctional answer, both in the order
/// Like, Must-be, Neutral, Live-with, Dislike.
/// </summary>
public sealed class EvaluationTable : IEquatable<EvaluationTable>
{
    private readonly KanoCategory[] _cells;

    private EvaluationTable(string name, KanoCategory[] cells)
    {
        Name = name;
        _cells = cells;
    }

    /// <summary>
    /// The table of Kano et al. (1984) as used by Berger et al. (1993) and Matzler &amp; Hinterhuber (1998):
    /// rows QAAAO, RIIIM, RIIIM, RIIIM, RRRRQ.
    /// </summary>
    public static EvaluationTable Standard { get; } = FromRows("standard", "QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ");

    /// <summary>
    /// Pouliot's table (in Berger et al. 1993, p. 33): as <see cref="Standard"/>, but the same answer on both
    /// questions is questionable except Neutral/Neutral, so (Must-be, Must-be) and (Live-with, Live-with) are Q.
    /// </summary>
    public static EvaluationTable Pouliot { get; } = FromRows("pouliot", "QAAAO", "RQIIM", "RIIIM", "RIIQM", "RRRRQ");

    /// <summary>The table's name: "standard", "pouliot", or the caller's.</summary>
    public string Name { get; }

    /// <summary>The category of one answer pair.</summary>
    /// <param name="functional">The answer with the feature present.</param>
    /// <param name="dysfunctional">The answer with the feature absent.</param>
    /// <exception cref="ArgumentOutOfRangeException">Either answer is <see cref="Answer.Missing"/> or not a defined answer.</exception>
    public KanoCategory this[Answer functional, Answer dysfunctional] => Classify(functional, dysfunctional);

    /// <summary>
    /// Builds a table from five rows of category letters, one row per functional answer
    /// (Like, Must-be, Neutral, Live-with, Dislike), each with five letters for the dysfunctional answers.
    /// </summary>
    /// <param name="name">A name for the table, written into reports.</param>
    /// <param name="rows">Five strings of five letters from A, O, M, I, R, Q (case-insensitive), e.g. "QAAAO".</param>
    /// <exception cref="ArgumentException">Not five rows, a row not five letters long, or a letter that is no category.</exception>
    public static EvaluationTable FromRows(string name, params string[] rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length != 5)
        {
            throw new ArgumentException($"An evaluation table has 5 rows (one per functional answer), not {rows.Length}.", nameof(rows));
        }

        var cells = new KanoCategory[25];
        for (int row = 0; row < 5; row++)
        {
            string text = rows[row] ?? throw new ArgumentException($"Row {row + 1} is null.", nameof(rows));
            if (text.Length != 5)
            {
                throw new ArgumentException(
                    $"Row {row + 1} ('{text}') must have 5 category letters (one per dysfunctional answer), not {text.Length}.",
                    nameof(rows));
            }

            for (int column = 0; column < 5; column++)
            {
                if (!KanoCategories.TryFromLetter(text[column], out var category))
                {
                    throw new ArgumentException(
                        $"Row {row + 1} ('{text}'), position {column + 1}: '{text[column]}' is not a category letter (expected one of A, O, M, I, R, Q).",
                        nameof(rows));
                }

                cells[PairTally.CellIndex(row, column)] = category;
            }
        }

        return new EvaluationTable(name, cells);
    }

    /// <summary>The category of one answer pair.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either answer is <see cref="Answer.Missing"/> or not a defined answer.</exception>
    public KanoCategory Classify(Answer functional, Answer dysfunctional)
    {
        RequireAnswer(functional, nameof(functional));
        RequireAnswer(dysfunctional, nameof(dysfunctional));
        return _cells[PairTally.CellIndex(functional, dysfunctional)];
    }

    /// <summary>The table as five rows of letters, e.g. ["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"].</summary>
    public IReadOnlyList<string> Rows()
    {
        var rows = new string[5];
        var builder = new StringBuilder(5);
        for (int row = 0; row < 5; row++)
        {
            builder.Clear();
            for (int column = 0; column < 5; column++)
            {
                builder.Append(_cells[PairTally.CellIndex(row, column)].Letter());
            }

            rows[row] = builder.ToString();
        }

        return rows;
    }

    /// <summary>The category of cell <paramref name="index"/> (0 … 24, row-major) without argument checks.</summary>
    internal KanoCategory CellAt(int index) => _cells[index];

    /// <summary>Two tables are equal when all 25 cells are; the name is not compared.</summary>
    public bool Equals(EvaluationTable? other) =>
        other is not null && _cells.AsSpan().SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationTable);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var cell in _cells)
        {
            hash.Add(cell);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {string.Join(' ', Rows())}";

    private static void RequireAnswer(Answer answer, string parameter)
    {
        if (answer is < Answer.Like or > Answer.Dislike)
        {
            throw new ArgumentOutOfRangeException(parameter, answer, "A pair is classified only when both answers are given (Like … Dislike).");
        }
    }
}
