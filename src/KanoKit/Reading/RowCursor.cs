using System.Globalization;
using System.Runtime.CompilerServices;
using KanoKit.Answers;
using KanoKit.Reading.Text;
using KanoKit.Tallies;

namespace KanoKit.Reading;

/// <summary>
/// The data rows of one read, with what every layout reader shares: the header, the plan, the diagnostic sink, and
/// reading and reporting single cells (answers, numbers, counts) with their line and column.
/// </summary>
internal sealed class RowCursor
{
    private readonly CsvRecordReader? _csv; // the common source, called directly on the hot path
    private bool _pendingRow;

    public RowCursor(ISurveyRows rows, SurveyHeader header, ReadPlan plan, DiagnosticSink sink, bool rowPending = false)
    {
        Rows = rows;
        _csv = rows as CsvRecordReader;
        Header = header;
        Plan = plan;
        Sink = sink;
        _pendingRow = !plan.HasHeader || rowPending;
    }

    public ISurveyRows Rows { get; }

    public SurveyHeader Header { get; }

    public ReadPlan Plan { get; }

    public AnswerScale Scale => Plan.Scale;

    public DiagnosticSink Sink { get; }

    /// <summary>The CSV source when reading delimited text, for layouts with a fast path over its fields.</summary>
    public CsvRecordReader? Csv => _csv;

    public int SkippedHeaderRows { get; private set; }

    /// <summary>
    /// How a long or tall layout tells respondents apart: what the caller allows (<see cref="Layouts.RespondentCounting.Indexed"/>
    /// unless the source can be read again), lowered to indexed by a layout that must name every respondent.
    /// </summary>
    public Layouts.RespondentCounting Counting { get; set; }

    /// <summary>Advances to the next data row, or returns false at the end.</summary>
    public bool NextRow()
    {
        if (_pendingRow)
        {
            _pendingRow = false;
            return true;
        }

        return Rows.MoveNext();
    }

    /// <summary>Whether the current row has the header's width and no syntax or encoding damage; reports a ragged row and returns false otherwise.</summary>
    public bool RowIsWhole()
    {
        int width = Header.Width;
        int count = Rows.FieldCount;
        if (count == width)
        {
            return !Rows.IsDamaged;
        }

        string expected = string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header");
        if (count > width)
        {
            Sink.Report(
                DiagnosticKind.RaggedRow, Rows.LineOf(width), Rows.ColumnOf(width),
                string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {width}"),
                Rows.Field(width).ToString(), expected);
        }
        else
        {
            var (line, column) = Rows.RecordEnd;
            Sink.Report(
                DiagnosticKind.RaggedRow, line, column,
                string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {width}; column '{Header.Names[count]}' is missing"),
                null, expected);
        }

        return false;
    }

    /// <summary>The trimmed text of a field, or empty when the row is too short to have it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Text(int column) => _csv is not null
        ? (column < _csv.FieldCount ? _csv.Field(column).Trim() : [])
        : (column < Rows.FieldCount ? Rows.Field(column).Trim() : []);

    /// <summary>Reads one answer cell; reports an unknown one and returns false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAnswer(int column, out Answer answer)
    {
        var text = _csv is not null ? _csv.Field(column) : Rows.Field(column);
        return Scale.TryParse(text, out answer) || UnknownAnswer(column, text);
    }

    /// <summary>Reads a pair of answer cells; both are always read, so both are reported when unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPair(int functionalColumn, int dysfunctionalColumn, out Answer functional, out Answer dysfunctional) =>
        TryAnswer(functionalColumn, out functional) & TryAnswer(dysfunctionalColumn, out dysfunctional);

    /// <summary>
    /// The largest magnitude a rating may have: its square, summed over any number of rows a file can hold, stays finite,
    /// so means and standard deviations of ratings are always finite numbers.
    /// </summary>
    public const double MaxNumber = 1e15;

    /// <summary>
    /// Reads an importance rating: a number of magnitude at most <see cref="MaxNumber"/> (a decimal comma in semicolon-
    /// and tab-separated files), a number with its label ("3 - Somewhat important"), or a verbal label alone, whose
    /// number the column's scale settles later; reports anything else and returns false.
    /// </summary>
    public bool TryImportance(int column, out ImportanceRating rating)
    {
        var text = Rows.Field(column).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Abs(value) <= MaxNumber)
        {
            rating = ImportanceRating.Number(value);
            return true;
        }

        if (ImportanceText.TryParse(text, _csv is { Delimiter: ';' or '\t' }, out rating) && (rating.IsLabel || Math.Abs(rating.Value) <= MaxNumber))
        {
            return true;
        }

        Report(DiagnosticKind.BadNumber, column, $"'{text.ToString()}' is not an importance rating in column '{Header.Names[column]}'", text.ToString(), "a number between -1e15 and 1e15, a number with its label ('3 - Moderately important'), or a label of an importance scale ('Not at all important' … 'Extremely important')");
        return false;
    }

    /// <summary>
    /// Decides the scale of each importance column from the labels and numbers it held, and counts its verbal labels at
    /// their numbers on it (see <see cref="TallyBuilder.SettleImportance"/>); a column whose scale cannot be decided is
    /// reported at its header cell.
    /// </summary>
    public void SettleImportance(TallyBuilder tallies, Func<int, int> importanceColumnOf) =>
        tallies.SettleImportance(
            importanceColumnOf,
            column => Header.Names[column],
            Plan.ImportanceScale is { } stated ? ImportanceScales.Find(stated) : -1,
            (column, problem, value) => Sink.Report(DiagnosticKind.BadNumber, Header.Lines[column], Header.Columns[column], problem, value, ImportanceScaleChoice.Decision.Expected));

    public bool TryCount(int column, out long count)
    {
        var text = Rows.Field(column).Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return true;
        }

        Report(DiagnosticKind.BadNumber, column, $"'{text.ToString()}' is not a count in column '{Header.Names[column]}'", text.ToString(), "a whole number ≥ 0");
        return false;
    }

    /// <summary>Reports a problem at a cell of the current row.</summary>
    public void Report(DiagnosticKind kind, int column, string problem, string? value, string expected) =>
        Sink.Report(kind, Rows.LineOf(column), Rows.ColumnOf(column), problem, value, expected);

    /// <summary>A column the reader needs, by name or "#position"; its absence is fatal in either mode.</summary>
    public int Require(string name, string expected) =>
        Header.Find(name) ?? throw Sink.Fatal(DiagnosticKind.BadHeader, Header.Line, 1, $"the header has no '{name}' column", null, expected);

    /// <summary>The segment columns of the plan; an absent one is fatal in either mode.</summary>
    public int[] SegmentColumns() =>
        [.. Plan.Segments.Select(name => Header.Find(name) ?? throw Sink.Fatal(
            DiagnosticKind.BadHeader, Header.Line, 1, $"there is no segment column '{name}'", name,
            $"one of the columns {string.Join(", ", Header.Names.Take(12))}"))];

    /// <summary>
    /// Moves to the first data row, skipping extra header rows: as many as the plan states, or — when it states none —
    /// leading rows (at most three) that look like header rows: some answer cell is filled and none holds an answer
    /// (question texts, import ids). Returns false, after reporting it, when no data row is left.
    /// </summary>
    public bool FirstDataRow(IReadOnlyCollection<int> answerColumns)
    {
        if (Plan.HeaderRows is int stated)
        {
            while (SkippedHeaderRows < stated)
            {
                if (!NextRow())
                {
                    return NoDataRows();
                }

                SkippedHeaderRows++;
            }

            return NextRow() || NoDataRows();
        }

        while (NextRow())
        {
            if (SkippedHeaderRows < 3 && LooksLikeHeaderRow(answerColumns))
            {
                SkippedHeaderRows++;
                continue;
            }

            return true;
        }

        return NoDataRows();
    }

    private bool NoDataRows()
    {
        Sink.Report(DiagnosticKind.NoData, Header.Line + 1 + SkippedHeaderRows, 1, "the file has a header but no data rows", null, "at least one data row after the header");
        return false;
    }

    /// <summary>
    /// A header row holds text where answers are expected: some answer cell is filled, none holds an answer, and none
    /// holds a number — a row of invalid codes (<c>a,7,7</c>) is data with bad answers, reported as such, never skipped.
    /// </summary>
    private bool LooksLikeHeaderRow(IEnumerable<int> answerColumns)
    {
        bool filled = false;
        foreach (int column in answerColumns)
        {
            var text = Text(column);
            if (text.IsEmpty)
            {
                continue;
            }

            filled = true;
            if (Scale.TryParse(text, out _) || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return filled;
    }

    private bool UnknownAnswer(int column, ReadOnlySpan<char> text)
    {
        Report(DiagnosticKind.UnknownAnswer, column, $"'{text.Trim().ToString()}' is not an answer in column '{Header.Names[column]}'", text.ToString(), Scale.Expected);
        return false;
    }
}
