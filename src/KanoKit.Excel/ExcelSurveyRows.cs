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

    private ExcelSurveyRows(string source, IExcelDataReader reader)
    {
        SourceName = source;
        _reader = reader;
    }

    public string SourceName { get; }

    public int FieldCount => _fields.Count;

    public int Line => _row;

    public (int Line, int Column) RecordEnd => (_row, _fields.Count + 1);

    public bool IsDamaged => false;

    /// <summary>Opens <paramref name="sheet"/> (or the first sheet) of the workbook.</summary>
    /// <exception cref="KanoDataException">The stream is not a workbook, or has no such sheet.</exception>
    public static ExcelSurveyRows Open(Stream stream, string source, string? sheet)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e) when (e is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or NotSupportedException or IOException)
        {
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.Syntax, source, 1, 1, $"the file is not a readable Excel workbook: {e.Message}", null, "an .xlsx workbook"));
        }

        if (sheet is not null)
        {
            var names = new List<string>();
            do
            {
                if (string.Equals(reader.Name, sheet, StringComparison.OrdinalIgnoreCase))
                {
                    return new ExcelSurveyRows(source, reader);
                }

                names.Add(reader.Name);
            }
            while (reader.NextResult());

            reader.Dispose();
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.NoData, source, 1, 1, $"the workbook has no sheet '{sheet}'", sheet, $"one of the sheets {string.Join(", ", names.Select(n => $"'{n}'"))}"));
        }

        return new ExcelSurveyRows(source, reader);
    }

    public bool MoveNext()
    {
        while (_reader.Read())
        {
            _row++;
            _fields.Clear();
            int last = -1;
            for (int i = 0; i < _reader.FieldCount; i++)
            {
                string text = Text(_reader.GetValue(i));
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

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
