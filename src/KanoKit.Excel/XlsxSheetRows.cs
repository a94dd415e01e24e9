using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using KanoKit.Reading;
using KanoKit.Reading.Text;

namespace KanoKit.Excel;

/// <summary>
/// One worksheet of an .xlsx workbook as survey records, streamed: the sheet's XML is read forward-only and each
/// cell's text is copied into one character buffer for the row (no object per cell). Line = spreadsheet row, column =
/// spreadsheet column (A = 1); cells are placed by their reference (<c>r="C5"</c>), so absent cells are empty.
/// </summary>
/// <remarks>
/// Cell values (ECMA-376 Part 1, §18.3.1.4 and §18.18.11): <c>t="s"</c> an index into the shared strings,
/// <c>t="inlineStr"</c> the <c>&lt;is&gt;</c> runs, <c>t="str"</c> and <c>t="e"</c> the text as written, <c>t="b"</c>
/// true/false, <c>t="d"</c> an ISO date as its serial number, otherwise a number written without a trailing ".0"
/// (a whole number as an integer, another in round-trip form). Styles are ignored: a date-styled answer code is its
/// serial number. The first non-empty row sets the width; later rows are padded or cut to it unless they hold values
/// beyond it (the reader then reports a ragged row).
/// </remarks>
internal sealed class XlsxSheetRows : ISurveyRows
{
    private readonly ZipArchive _zip;
    private readonly SheetXml _xml;
    private readonly SharedStrings _strings;
    private readonly int _maxFieldLength;
    private readonly int _maxColumns;
    private readonly int _maxRecordLength;
    private readonly char[] _attribute = new char[32];
    private char[] _text = new char[1024];
    private int _textLength;
    private int[] _start = new int[64];
    private int[] _length = new int[64];
    private int _filled;
    private int _width = -1;
    private int _row;

    private XlsxSheetRows(ZipArchive zip, SheetXml xml, SharedStrings strings, string source, SurveyReadOptions options)
    {
        _zip = zip;
        _xml = xml;
        _strings = strings;
        SourceName = source;
        _maxFieldLength = options.MaxFieldLength;
        _maxColumns = Math.Min(options.MaxColumns, WorkbookLimits.MaxSheetColumns);
        _maxRecordLength = options.MaxRecordLength;
    }

    public string SourceName { get; }

    public int FieldCount { get; private set; }

    public int Line => _row;

    public (int Line, int Column) RecordEnd => (_row, FieldCount + 1);

    public bool IsDamaged => false;

    /// <summary>Opens <paramref name="sheet"/> (or the first sheet) of the .xlsx package in <paramref name="stream"/>, which it then owns.</summary>
    /// <exception cref="KanoDataException">The stream is not a readable workbook, has no such sheet, or a part breaks a limit.</exception>
    public static XlsxSheetRows Open(Stream stream, string source, string? sheet, SurveyReadOptions options)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (Exception e) when (WorkbookLimits.IsUnexpected(e))
        {
            throw WorkbookLimits.Unreadable(source, e.Message);
        }

        try
        {
            var (part, sharedStrings) = XlsxPackage.Find(zip, source, sheet, options);
            var names = new NameTable();
            var strings = SharedStrings.Read(sharedStrings, source, options, names);
            var xml = new SheetXml(part.Open(), 4L * options.MaxFieldLength); // streamed: no byte limit, as for a CSV file; a row is bounded by MaxRecordLength
            return new XlsxSheetRows(zip, xml, strings, source, options);
        }
        catch (Exception e) when (WorkbookLimits.IsUnexpected(e))
        {
            zip.Dispose();
            throw WorkbookLimits.Unreadable(source, e.Message);
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public ReadOnlySpan<char> Field(int index) => _text.AsSpan(_start[index], _length[index]);

    public int LineOf(int index) => _row;

    public int ColumnOf(int index) => index + 1;

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

    public void Dispose()
    {
        _xml.Dispose();
        _zip.Dispose();
    }

    private bool ReadRow()
    {
        while (NextRowElement())
        {
            _row = RowNumber();
            _textLength = 0;
            _filled = 0;
            int last = -1;
            if (!_xml.IsEmptyElement)
            {
                int column = -1;
                int depth = _xml.Depth;
                SheetToken token;
                while ((token = _xml.Read()) != SheetToken.End)
                {
                    if (token == SheetToken.StartElement && _xml.LocalName.SequenceEqual("c"u8))
                    {
                        column = CellColumn(column);
                        if (ReadCell(column))
                        {
                            last = Math.Max(last, column);
                        }
                    }
                    else if (token == SheetToken.EndElement && _xml.Depth < depth)
                    {
                        break;
                    }
                }
            }

            if (last < 0)
            {
                continue;
            }

            int width = _width < 0 ? last + 1 : Math.Max(_width, last + 1);
            _width = _width < 0 ? width : _width;
            Place(width - 1, _textLength, 0, fill: _filled < width);
            FieldCount = width;
            return true;
        }

        return false;
    }

    private bool NextRowElement()
    {
        SheetToken token;
        while ((token = _xml.Read()) != SheetToken.End)
        {
            if (token == SheetToken.StartElement && _xml.LocalName.SequenceEqual("row"u8))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The row's number from its <c>r</c> attribute, else the row after the previous one.</summary>
    private int RowNumber()
    {
        int n = _xml.Attribute("r"u8, _attribute);
        if (n < 0)
        {
            return _row + 1;
        }

        var text = _attribute.AsSpan(0, n);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= WorkbookLimits.MaxSheetRows
            ? number
            : throw WorkbookLimits.Limit(SourceName, Math.Max(1, _row), 1, $"row number '{text.ToString()}' is outside a worksheet (rows 1 to 1048576)", "MaxSheetRows");
    }

    /// <summary>The 0-based column of the cell from its reference (<c>B12</c>), else the column after the previous cell.</summary>
    private int CellColumn(int previous)
    {
        int n = _xml.Attribute("r"u8, _attribute);
        if (n < 0)
        {
            return previous + 1;
        }

        var reference = _attribute.AsSpan(0, n);
        int column = 0;
        int i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= WorkbookLimits.MaxSheetColumns)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        bool rowOk = int.TryParse(reference[i..], NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= WorkbookLimits.MaxSheetRows;
        if (column is < 1 or > WorkbookLimits.MaxSheetColumns || !rowOk)
        {
            throw WorkbookLimits.Limit(SourceName, _row, 1, $"cell reference '{reference.ToString()}' is outside a worksheet (columns A to XFD, rows 1 to 1048576)", "MaxSheetColumns");
        }

        if (column > _maxColumns)
        {
            throw WorkbookLimits.Limit(SourceName, number, column, string.Create(CultureInfo.InvariantCulture, $"cell '{reference.ToString()}' lies past column {_maxColumns}, the limit MaxColumns"), "MaxColumns");
        }

        return column - 1;
    }

    /// <summary>Reads the cell at the reader into the row; true when its text is not empty.</summary>
    private bool ReadCell(int column)
    {
        int n = _xml.Attribute("t"u8, _attribute);
        char type = n switch
        {
            1 => _attribute[0],              // s, b, e, n, d
            3 => 'S',                         // str: a formula's text
            9 => 'i',                         // inlineStr
            _ => 'n',
        };
        int start = _textLength;
        if (!_xml.IsEmptyElement)
        {
            int depth = _xml.Depth;
            SheetToken token;
            while ((token = _xml.Read()) != SheetToken.End && !(token == SheetToken.EndElement && _xml.Depth < depth))
            {
                if (token != SheetToken.StartElement)
                {
                    continue;
                }

                if (_xml.LocalName.SequenceEqual("v"u8) && type != 'i')
                {
                    ReadValue(column, start);
                }
                else if (_xml.LocalName.SequenceEqual("is"u8))
                {
                    ReadInline(column, start);
                }
            }
        }

        switch (type)
        {
            case 's':
                SharedString(column, start);
                break;
            case 'b':
                Replace(start, _text.AsSpan(start, _textLength - start).Trim() is "1" ? "true" : _textLength > start ? "false" : string.Empty);
                break;
            case 'd':
                Date(start);
                break;
            case 'n':
                Number(start);
                break;
        }

        Place(column, start, _textLength - start, fill: true);
        return _textLength > start;
    }

    /// <summary>Reads a <c>&lt;v&gt;</c> element's text into the buffer; an element inside it is damage.</summary>
    private void ReadValue(int column, int start)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        while (true)
        {
            switch (_xml.Read())
            {
                case SheetToken.Text:
                    Append(column, start);
                    break;
                case SheetToken.StartElement:
                    throw new XmlException($"a cell value holds an element <{Encoding.UTF8.GetString(_xml.LocalName)}>");
                default:
                    return;
            }
        }
    }

    /// <summary>Reads an <c>&lt;is&gt;</c> element's <c>&lt;t&gt;</c> runs (phonetic runs left out) into the buffer.</summary>
    private void ReadInline(int column, int start)
    {
        if (_xml.IsEmptyElement)
        {
            return;
        }

        int depth = _xml.Depth;
        int phonetic = -1;
        bool inText = false;
        SheetToken token;
        while ((token = _xml.Read()) != SheetToken.End && !(token == SheetToken.EndElement && _xml.Depth < depth))
        {
            switch (token)
            {
                case SheetToken.StartElement when _xml.LocalName.SequenceEqual("rPh"u8) && !_xml.IsEmptyElement && phonetic < 0:
                    phonetic = _xml.Depth;
                    break;
                case SheetToken.StartElement when _xml.LocalName.SequenceEqual("t"u8) && !_xml.IsEmptyElement:
                    inText = phonetic < 0;
                    break;
                case SheetToken.EndElement when _xml.LocalName.SequenceEqual("rPh"u8) && _xml.Depth < phonetic:
                    phonetic = -1;
                    break;
                case SheetToken.EndElement when _xml.LocalName.SequenceEqual("t"u8):
                    inText = false;
                    break;
                case SheetToken.Text when inText:
                    Append(column, start);
                    break;
            }
        }
    }

    private void Append(int column, int start)
    {
        _xml.AppendText(ref _text, ref _textLength, Array.MaxLength);
        if (_textLength - start > _maxFieldLength)
        {
            throw new KanoDataException(new KanoDiagnostic(
                DiagnosticKind.Syntax, SourceName, _row, column + 1,
                string.Create(CultureInfo.InvariantCulture, $"the cell is longer than {_maxFieldLength} characters, the limit MaxFieldLength"), null,
                "a shorter cell, or a higher SurveyReadOptions.MaxFieldLength"));
        }

        if (_textLength > _maxRecordLength)
        {
            throw new KanoDataException(new KanoDiagnostic(
                DiagnosticKind.Syntax, SourceName, _row, 1,
                string.Create(CultureInfo.InvariantCulture, $"the row holds more than {_maxRecordLength} characters, the limit MaxRecordLength"), null,
                "a shorter row, or a higher SurveyReadOptions.MaxRecordLength"));
        }
    }

    private void Reserve(int more)
    {
        if (_text.Length - _textLength < more)
        {
            if ((long)_textLength + more > _maxRecordLength + 256L)
            {
                throw new KanoDataException(new KanoDiagnostic(
                    DiagnosticKind.Syntax, SourceName, _row, 1,
                    string.Create(CultureInfo.InvariantCulture, $"the row holds more than {_maxRecordLength} characters, the limit MaxRecordLength"), null,
                    "a shorter row, or a higher SurveyReadOptions.MaxRecordLength"));
            }

            Array.Resize(ref _text, Math.Max(_text.Length * 2, _textLength + more));
        }
    }

    /// <summary>Replaces the cell's text (from <paramref name="start"/>) with <paramref name="text"/>.</summary>
    private void Replace(int start, ReadOnlySpan<char> text)
    {
        _textLength = start;
        Reserve(text.Length);
        text.CopyTo(_text.AsSpan(_textLength));
        _textLength += text.Length;
    }

    private void SharedString(int column, int start)
    {
        var index = _text.AsSpan(start, _textLength - start).Trim();
        if (index.IsEmpty)
        {
            return;
        }

        if (!int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out int i) || i >= _strings.Count)
        {
            throw new KanoDataException(new KanoDiagnostic(
                DiagnosticKind.Syntax, SourceName, _row, column + 1,
                string.Create(CultureInfo.InvariantCulture, $"the cell refers to shared string '{index.ToString()}' but the workbook has {_strings.Count}"), index.ToString(), "an .xlsx workbook"));
        }

        Replace(start, _strings[i]);
    }

    /// <summary>A number as the reader gives it: a whole number of magnitude below 10¹⁵ as an integer, another in round-trip form.</summary>
    private void Number(int start)
    {
        var text = _text.AsSpan(start, _textLength - start);
        if (IsPlainInteger(text))
        {
            return;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            WriteNumber(start, value);
        }
    }

    /// <summary>Digits (an optional minus) without a leading zero, at most 15: already the integer's text.</summary>
    private static bool IsPlainInteger(ReadOnlySpan<char> text)
    {
        int i = text.Length > 0 && text[0] == '-' ? 1 : 0;
        if (text.Length - i is < 1 or > 15 || (text[i] == '0' && text.Length - i > 1) || (i == 1 && text is "-0"))
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void WriteNumber(int start, double value)
    {
        _textLength = start;
        Reserve(32);
        int written;
        bool ok = value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).TryFormat(_text.AsSpan(_textLength), out written, default, CultureInfo.InvariantCulture)
            : value.TryFormat(_text.AsSpan(_textLength), out written, "R", CultureInfo.InvariantCulture);
        _textLength += ok ? written : 0;
    }

    /// <summary>An ISO 8601 date cell as its serial number (see <see cref="Serial"/>); other text stays as written.</summary>
    private void Date(int start)
    {
        var text = _text.AsSpan(start, _textLength - start).Trim();
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var date))
        {
            WriteNumber(start, Serial(date));
        }
    }

    /// <summary>
    /// The spreadsheet serial number of a date: days since 1899-12-30, except that before 1900-03-01 Excel counts one day
    /// less (its serial 60 is the 29 February 1900 that never was), so that serial 1 is 1900-01-01 (ECMA-376 Part 1, §18.17.4.1).
    /// </summary>
    private static double Serial(DateTime date)
    {
        double days = date.ToOADate();
        return days is >= 1 and < 61 ? days - 1 : days;
    }

    /// <summary>Sets field <paramref name="column"/>; with <paramref name="fill"/>, the fields between the last filled one and it are empty.</summary>
    private void Place(int column, int start, int length, bool fill)
    {
        if (column >= _start.Length)
        {
            int size = Math.Max(column + 1, _start.Length * 2);
            Array.Resize(ref _start, size);
            Array.Resize(ref _length, size);
        }

        if (fill)
        {
            for (int i = _filled; i < column; i++)
            {
                _start[i] = 0;
                _length[i] = 0;
            }
        }

        if (column >= _filled)
        {
            _start[column] = start;
            _length[column] = length;
            _filled = column + 1;
        }
        else if (length > 0 || fill)
        {
            _start[column] = start;
            _length[column] = length;
        }
    }
}
