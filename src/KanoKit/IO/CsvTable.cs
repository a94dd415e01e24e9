using System.Globalization;

namespace KanoKit.IO;

/// <summary>
/// A decoded delimited file: its header, checked for duplicate and empty names, and its data records, checked
/// to have as many fields as the header. Column names are matched ignoring case and surrounding space.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _byName;

    private CsvTable(string source, CsvRecord header, IEnumerable<CsvRecord> rows, Dictionary<string, int> byName)
    {
        Source = source;
        Header = header;
        Rows = rows;
        _byName = byName;
    }

    public string Source { get; }

    public CsvRecord Header { get; }

    /// <summary>Data records, lazily split; each is checked against the header's width as it is read.</summary>
    public IEnumerable<CsvRecord> Rows { get; }

    public int Width => Header.Fields.Length;

    public string Name(int column) => Header.Fields[column].Value.Trim();

    public int? Find(string name) => _byName.TryGetValue(Key(name), out int column) ? column : null;

    public static string Key(string name) => name.Trim().ToLowerInvariant();

    /// <summary>Reads the header and prepares the rows.</summary>
    /// <exception cref="KanoDataException">The text is empty, a header name is empty or repeated.</exception>
    public static CsvTable Parse(string text, string source, char? delimiter)
    {
        char separator = delimiter ?? DelimitedText.DetectDelimiter(text);
        var records = DelimitedText.Records(text, separator, source).GetEnumerator();
        if (!records.MoveNext())
        {
            throw new KanoDataException(source, 1, 1, "the file is empty", null, "a header row followed by data rows");
        }

        var header = records.Current;
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int column = 0; column < header.Fields.Length; column++)
        {
            var field = header.Fields[column];
            string key = Key(field.Value);
            if (key.Length == 0)
            {
                throw new KanoDataException(source, field.Line, field.Column, $"header column {column + 1} has no name", field.Value, "a column name");
            }

            if (byName.TryGetValue(key, out int first))
            {
                throw new KanoDataException(
                    source, field.Line, field.Column,
                    string.Create(CultureInfo.InvariantCulture, $"duplicate column '{field.Value.Trim()}' (first at column {first + 1})"),
                    field.Value, "each column name once");
            }

            byName[key] = column;
        }

        return new CsvTable(source, header, CheckedRows(records, header, source), byName);
    }

    private static IEnumerable<CsvRecord> CheckedRows(IEnumerator<CsvRecord> records, CsvRecord header, string source)
    {
        using var owned = records;
        int width = header.Fields.Length;
        bool any = false;
        while (records.MoveNext())
        {
            any = true;
            var row = records.Current;
            if (row.Fields.Length > width)
            {
                var extra = row.Fields[width];
                throw new KanoDataException(
                    source, extra.Line, extra.Column,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {row.Fields.Length} fields but the header has {width}"),
                    extra.Value, string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header"));
            }

            if (row.Fields.Length < width)
            {
                throw new KanoDataException(
                    source, row.EndLine, row.EndColumn,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {row.Fields.Length} fields but the header has {width}; column '{header.Fields[row.Fields.Length].Value.Trim()}' is missing"),
                    null, string.Create(CultureInfo.InvariantCulture, $"{width} fields, as in the header"));
            }

            yield return row;
        }

        if (!any)
        {
            throw new KanoDataException(source, header.EndLine + 1, 1, "the file has a header but no data rows", null, "at least one data row after the header");
        }
    }
}
