using System.Collections.Immutable;
using System.Globalization;
using KanoKit.Answers;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.IO;

/// <summary>
/// Turns a stream of survey records into tallies (and, when asked, a columnar survey): works out the layout and
/// the columns, then lets each data row flow into per-feature, per-segment accumulators. Problems go to a
/// <see cref="DiagnosticSink"/>; in lenient mode an offending pair (or a damaged row) is counted as rejected.
/// </summary>
internal sealed partial class SurveyReader
{
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response id", "id"];

    private readonly ISurveyRows _rows;
    private readonly CsvRecordReader? _csv; // the common source, called directly on the hot path
    private readonly SurveyReadOptions _options;
    private readonly DiagnosticSink _sink;
    private readonly AnswerScale _scale;
    private readonly SurveyDefinition? _definition;
    private SurveyHeader _header = null!;
    private bool _pendingRow;
    private long _respondents;
    private int _skippedHeaderRows;

    private SurveyReader(ISurveyRows rows, SurveyReadOptions options, DiagnosticSink sink)
    {
        _rows = rows;
        _csv = rows as CsvRecordReader;
        _options = options;
        _sink = sink;
        _definition = options.Definition;
        _scale = _definition?.Scale is not null ? _definition.ResolveScale() : options.Scale;
    }

    public static SurveyData Read(ISurveyRows rows, SurveyReadOptions options, DiagnosticSink sink) =>
        new SurveyReader(rows, options, sink).Read();

    private SurveyData Read()
    {
        if (!_rows.MoveNext())
        {
            _sink.Report(DiagnosticKind.NoData, 1, 1, "the file is empty", null, "a header row followed by data rows");
            return Finish(SurveyLayout.Wide, new TallySet([], []), null);
        }

        bool hasHeader = _definition?.HasHeader ?? _options.HasHeader;
        _header = hasHeader ? SurveyHeader.FromRow(_rows, _sink) : SurveyHeader.Positional(_rows);
        _pendingRow = !hasHeader;
        var layout = _options.Layout != SurveyLayout.Auto ? _options.Layout
            : _definition is { Layout: not SurveyLayout.Auto } ? _definition.Layout
            : _definition is { Features.Length: > 0 } ? SurveyLayout.Wide
            : Detect();
        try
        {
            return layout switch
            {
                SurveyLayout.Long => ReadLong(),
                SurveyLayout.Counts => ReadCounts(),
                SurveyLayout.Cells => ReadCells(),
                _ => ReadWide(),
            };
        }
        catch (KanoDataException e) when (_sink.Mode == ReadMode.Lenient && e.DataSource == _sink.Source)
        {
            // A structural problem (no column pairs, a required or stated column absent): nothing more can be read,
            // so lenient mode records it like any other problem and returns what it has.
            _sink.Report(DiagnosticKind.BadHeader, e.Line, e.Column, e.Problem, e.Value, e.Expected);
            return Finish(layout, new TallySet([], []), null);
        }
    }

    private SurveyLayout Detect()
    {
        bool Has(string name) => _header.Find(name) is not null;
        if (Has("feature") && KanoCategories.All.Any(c => Has(c.Letter().ToString())))
        {
            return SurveyLayout.Counts;
        }

        if (Has("feature") && Has("functional") && Has("dysfunctional"))
        {
            return Has("count") ? SurveyLayout.Cells : SurveyLayout.Long;
        }

        return SurveyLayout.Wide;
    }

    /// <summary>Advances to the next data row, or returns false at the end.</summary>
    private bool NextRow()
    {
        if (_pendingRow)
        {
            _pendingRow = false;
            return true;
        }

        return _rows.MoveNext();
    }

    /// <summary>Whether the current row has the header's width; reports and returns false otherwise.</summary>
    private bool CheckWidth()
    {
        int width = _header.Width;
        int count = _rows.FieldCount;
        if (count == width)
        {
            return true;
        }

        if (count > width)
        {
            _sink.Report(
                DiagnosticKind.RaggedRow, _rows.LineOf(width), _rows.ColumnOf(width),
                string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {width}"),
                _rows.Field(width).ToString(), string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header"));
        }
        else
        {
            _sink.Report(
                DiagnosticKind.RaggedRow, _rows.RecordEnd.Line, _rows.RecordEnd.Column,
                string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {width}; column '{_header.Names[count]}' is missing"),
                null, string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header"));
        }

        return false;
    }

    /// <summary>Reads one answer cell; reports an unknown one and returns false.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool TryAnswer(int column, out Answer answer)
    {
        var text = _csv is not null ? _csv.Field(column) : _rows.Field(column);
        return _scale.TryParse(text, out answer) || UnknownAnswer(column, text);
    }

    private bool UnknownAnswer(int column, ReadOnlySpan<char> text)
    {
        _sink.Report(
            DiagnosticKind.UnknownAnswer, _rows.LineOf(column), _rows.ColumnOf(column),
            $"'{text.Trim().ToString()}' is not an answer in column '{_header.Names[column]}'",
            text.ToString(), _scale.Expected);
        return false;
    }

    private bool TryNumber(int column, string what, out double value)
    {
        var text = _rows.Field(column).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            return true;
        }

        _sink.Report(
            DiagnosticKind.BadNumber, _rows.LineOf(column), _rows.ColumnOf(column),
            $"'{text.ToString()}' is not {what} in column '{_header.Names[column]}'", text.ToString(), "a number");
        return false;
    }

    private bool TryCount(int column, out long count)
    {
        var text = _rows.Field(column).Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return true;
        }

        _sink.Report(
            DiagnosticKind.BadNumber, _rows.LineOf(column), _rows.ColumnOf(column),
            $"'{text.ToString()}' is not a count in column '{_header.Names[column]}'", text.ToString(), "a whole number ≥ 0");
        return false;
    }

    /// <summary>A column the reader needs; its absence is a structural error in either mode.</summary>
    private int Require(string name, string expected) =>
        _header.Find(name) ?? throw new KanoDataException(_sink.Source, _header.Line, 1, $"the header has no '{name}' column", null, expected);

    private int[] SegmentColumns()
    {
        var names = _options.Segments.AddRange(_definition?.Segments ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return [.. names.Select(name => _header.Find(name) ?? throw new KanoDataException(
            _sink.Source, _header.Line, 1, $"there is no segment column '{name}'", name, $"one of the columns {string.Join(", ", _header.Names.Take(12))}"))];
    }

    /// <summary>
    /// Whether the current row looks like an extra header row: some answer cell is filled and none holds an answer
    /// (question texts, import ids).
    /// </summary>
    private bool LooksLikeHeaderRow(IEnumerable<int> answerColumns)
    {
        bool filled = false;
        foreach (int column in answerColumns)
        {
            if (column >= _rows.FieldCount)
            {
                continue;
            }

            var text = _rows.Field(column);
            if (text.Trim().IsEmpty)
            {
                continue;
            }

            filled = true;
            if (_scale.TryParse(text, out _))
            {
                return false;
            }
        }

        return filled;
    }

    /// <summary>Skips extra header rows (stated, or detected among the first three rows); false when no data row is left.</summary>
    private bool SkipHeaderRows(IReadOnlyCollection<int> answerColumns)
    {
        int? stated = _definition is { HeaderRows: > 0 } ? _definition.HeaderRows : _options.HeaderRows;
        if (stated is int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (!NextRow())
                {
                    return false;
                }

                _skippedHeaderRows++;
            }

            return NextRow();
        }

        while (NextRow())
        {
            if (_skippedHeaderRows < 3 && LooksLikeHeaderRow(answerColumns))
            {
                _skippedHeaderRows++;
                continue;
            }

            return true;
        }

        return false;
    }

    private void NoDataRows() =>
        _sink.Report(DiagnosticKind.NoData, _header.Line + 1 + _skippedHeaderRows, 1, "the file has a header but no data rows", null, "at least one data row after the header");

    private SurveyData Finish(SurveyLayout layout, TallySet tallies, KanoSurvey? survey) =>
        SurveyData.Create(layout, _respondents, survey, tallies.OverallTallies(), [], tallies.SegmentTallies(), _sink, _skippedHeaderRows);
}
