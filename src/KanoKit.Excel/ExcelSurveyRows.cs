using System.Globalization;
using ExcelDataReader;
using KanoKit.Reading;
using KanoKit.Reading.Text;

namespace KanoKit.Excel;

/// <summary>One worksheet of a workbook as survey records: line = spreadsheet row, column = spreadsheet column (A = 1).</summary>
internal sealed class ExcelSurveyRows : ISurveyRows
{
    private readonly IExcelDataReader _reader;
    private readonly List<string> _fields = [];
    private int _row;
    private int _width = -1;

    private readonly int _maxFieldLength;

    private ExcelSurveyRows(string source, IExcelDataReader reader, int maxFieldLength)
    {
        SourceName = source;
        _reader = reader;
        _maxFieldLength = maxFieldLength;
    }

    public string SourceName { get; }

    public int FieldCount => _fields.Count;

    public int Line => _row;

    public (int Line, int Column) RecordEnd => (_row, _fields.Count + 1);

    public bool IsDamaged => false;

    /// <summary>Opens <paramref name="sheet"/> (or the first sheet) of the workbook.</summary>
    /// <exception cref="KanoDataException">The stream is not a workbook, or has no such sheet.</exception>
    public static ExcelSurveyRows Open(Stream stream, string source, string? sheet, SurveyReadOptions? options = null)
    {
        options ??= SurveyReadOptions.Default;
        WorkbookLimits.Check(stream, source, options);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (WorkbookLimits.IsUnexpected(e))
        {
            throw WorkbookLimits.Unreadable(source, e.Message);
        }

        try
        {
            return Select(reader, source, sheet, options);
        }
        catch (Exception e) when (WorkbookLimits.IsUnexpected(e))
        {
            reader.Dispose();
            throw WorkbookLimits.Unreadable(source, e.Message);
        }
    }

    private static ExcelSurveyRows Select(IExcelDataReader reader, string source, string? sheet, SurveyReadOptions options)
    {
        if (sheet is not null)
        {
            var names = new List<string>();
            do
            {
                if (string.Equals(reader.Name, sheet, StringComparison.OrdinalIgnoreCase))
                {
                    return new ExcelSurveyRows(source, reader, options.MaxFieldLength);
                }

                names.Add(reader.Name);
            }
            while (reader.NextResult());

            reader.Dispose();
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.NoData, source, 1, 1, $"the workbook has no sheet '{sheet}'", sheet, $"one of the sheets {string.Join(", ", names.Select(n => $"'{n}'"))}"));
        }

        return new ExcelSurveyRows(source, reader, options.MaxFieldLength);
    }

    public bool MoveNext()
    {
        try
        {
            return ReadRow();
        }
        catch (Exception e) when (WorkbookLimits.IsUnexpected(e))
        {
            throw WorkbookLimits.PastRow(SourceName, _row, e);
        }
    }

    private bool ReadRow()
    {
        while (_reader.Read())
        {
            _row++;
            _fields.Clear();
            int last = -1;
            for (int i = 0; i < _reader.FieldCount; i++)
            {
                string text = Text(_reader.GetValue(i));
                if (text.Length > _maxFieldLength)
                {
                    throw new KanoDataException(new KanoDiagnostic(
                        DiagnosticKind.Syntax, SourceName, _row, i + 1,
                        string.Create(CultureInfo.InvariantCulture, $"the cell is longer than {_maxFieldLength} characters, the limit MaxFieldLength"), null,
                        "a shorter cell, or a higher SurveyReadOptions.MaxFieldLength"));
                }

                _fields.Add(text);
                if (text.Length > 0)
                {
                    last = i;
                }
            }

            if (last < 0)
            {
                continue;
            }

            // A sheet's used range may run past the table: the first row (the header) sets the width; later rows are
            // padded or cut to it, unless they hold values beyond it (then the reader reports a ragged row).
            int width = _width < 0 ? last + 1 : Math.Max(_width, last + 1);
            _width = _width < 0 ? width : _width;
            if (_fields.Count > width)
            {
                _fields.RemoveRange(width, _fields.Count - width);
            }

            while (_fields.Count < width)
            {
                _fields.Add(string.Empty);
            }

            return true;
        }

        return false;
    }

    public ReadOnlySpan<char> Field(int index) => _fields[index];

    public int LineOf(int index) => _row;

    public int ColumnOf(int index) => index + 1;

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// The spreadsheet serial number of a date: days since 1899-12-30, except that before 1900-03-01 Excel counts one day
    /// less (its serial 60 is the 29 February 1900 that never was), so that serial 1 is 1900-01-01 (ECMA-376 Part 1, §18.17.4.1).
    /// </summary>
    private static double Serial(DateTime date)
    {
        double days = date.ToOADate();
        return days is >= 1 and < 61 ? days - 1 : days;
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        // A date-styled cell holds a serial number; an answer code styled as a date (1 → 1900-01-01) is that number.
        DateTime t => Text(Serial(t)),
        TimeSpan t => Text(t.TotalDays),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
