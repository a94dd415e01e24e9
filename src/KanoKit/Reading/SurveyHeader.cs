using System.Globalization;

namespace KanoKit.Reading;

/// <summary>The header of a survey table: column names (or "#1", "#2", … without a header) and where each stands.</summary>
internal sealed class SurveyHeader
{
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);

    private SurveyHeader(string[] names, int[] lines, int[] columns, bool[] usable)
    {
        Names = names;
        Lines = lines;
        Columns = columns;
        Usable = usable;
        for (int i = 0; i < names.Length; i++)
        {
            if (usable[i])
            {
                _byName[names[i]] = i;
            }
        }
    }

    public string[] Names { get; }

    public int[] Lines { get; }

    public int[] Columns { get; }

    /// <summary>False for columns the header made unusable (empty or repeated names, reported in lenient mode).</summary>
    public bool[] Usable { get; }

    public int Width => Names.Length;

    public int Line => Lines.Length > 0 ? Lines[0] : 1;

    /// <summary>A column by name (case-insensitive, trimmed) or by 1-based position written "#3".</summary>
    public int? Find(string nameOrPosition)
    {
        string key = nameOrPosition.Trim();
        if (key.Length > 1 && key[0] == '#' && int.TryParse(key.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int position))
        {
            return position >= 1 && position <= Width ? position - 1 : null;
        }

        return _byName.TryGetValue(key, out int column) ? column : null;
    }

    public static SurveyHeader FromRow(Text.ISurveyRows rows, DiagnosticSink sink)
    {
        int width = rows.FieldCount;
        var names = new string[width];
        var lines = new int[width];
        var columns = new int[width];
        for (int i = 0; i < width; i++)
        {
            names[i] = rows.Field(i).Trim().ToString();
            lines[i] = rows.LineOf(i);
            columns[i] = rows.ColumnOf(i);
        }

        return Create(names, lines, columns, sink);
    }

    /// <summary>A header from names already read (detection may have named blank columns by their question texts).</summary>
    public static SurveyHeader Create(string[] names, int[] lines, int[] columns, DiagnosticSink sink)
    {
        int width = names.Length;
        var usable = new bool[width];
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < width; i++)
        {
            usable[i] = true;
            if (names[i].Length == 0)
            {
                usable[i] = false;
                sink.Report(DiagnosticKind.BadHeader, lines[i], columns[i], $"header column {i + 1} has no name", string.Empty, "a column name");
            }
            else if (seen.TryGetValue(names[i], out int first))
            {
                usable[i] = false;
                sink.Report(
                    DiagnosticKind.BadHeader, lines[i], columns[i],
                    string.Create(CultureInfo.InvariantCulture, $"duplicate column '{names[i]}' (first at column {first + 1})"),
                    names[i], "each column name once");
            }
            else
            {
                seen[names[i]] = i;
            }
        }

        return new SurveyHeader(names, lines, columns, usable);
    }

    public static SurveyHeader Positional(Text.ISurveyRows rows)
    {
        int width = rows.FieldCount;
        var names = new string[width];
        var usable = new bool[width];
        for (int i = 0; i < width; i++)
        {
            names[i] = string.Create(CultureInfo.InvariantCulture, $"#{i + 1}");
            usable[i] = true;
        }

        return new SurveyHeader(names, Enumerable.Range(0, width).Select(rows.LineOf).ToArray(), Enumerable.Range(0, width).Select(rows.ColumnOf).ToArray(), usable);
    }
}
