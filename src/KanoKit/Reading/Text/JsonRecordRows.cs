using System.Globalization;
using System.Text;
using System.Text.Json;

using KanoKit.Reading;

namespace KanoKit.Reading.Text;

/// <summary>
/// Presents a JSON array of flat objects as survey records: the header is every property name in first-seen order,
/// each object a row (absent properties are empty cells). Strings, numbers and booleans are cell text; null is empty.
/// Positions are the line and column of each value in the JSON text.
/// </summary>
internal sealed class JsonRecordRows : ISurveyRows
{
    private readonly byte[] _json;
    private readonly int[] _lineStarts;
    private readonly List<string> _names;
    private readonly List<(string?[] Values, long[] Offsets, long Start)> _records;
    private int _index = -1;
    private int _maxFieldLength = int.MaxValue;
    private string[] _current = [];
    private long[] _offsets = [];

    private JsonRecordRows(string source, byte[] json, List<string> names, List<(string?[] Values, long[] Offsets, long Start)> records)
    {
        SourceName = source;
        _json = json;
        _names = names;
        _records = records;
        var starts = new List<int> { 0 };
        for (int i = 0; i < json.Length; i++)
        {
            if (json[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    public string SourceName { get; }

    public int FieldCount => _current.Length;

    public int Line => Position(_index <= 0 ? 0 : _records[_index - 1].Start).Line;

    public (int Line, int Column) RecordEnd => Position(_index <= 0 ? 0 : _records[_index - 1].Start);

    public bool IsDamaged => false;

    /// <summary>Reads and checks the whole document (JSON is read whole; its records then stream to the reader).</summary>
    public static JsonRecordRows Open(Stream stream, DiagnosticSink sink, ReadPlan plan)
    {
        byte[] json = ReadWhole(stream, plan.MaxDocumentLength, sink);
        int offset = json.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var names = new List<string>();
        var records = new List<(string?[] Values, long[] Offsets, long Start)>();
        var rows = new JsonRecordRows(sink.Source, json, names, records) { _maxFieldLength = plan.MaxFieldLength };
        try
        {
            rows.Parse(json.AsSpan(offset), offset, sink);
        }
        catch (JsonException e)
        {
            sink.Report(
                DiagnosticKind.Syntax, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                $"the file is not valid JSON: {e.Message.Split(" LineNumber:")[0]}", null,
                "a JSON array of respondent objects or of long records");
            records.Clear();
        }

        return rows;
    }

    /// <summary>The whole stream, or the error naming the limit <see cref="ReadPlan.MaxDocumentLength"/> when it holds more.</summary>
    private static byte[] ReadWhole(Stream stream, long limit, DiagnosticSink sink)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                throw sink.Fatal(
                    DiagnosticKind.Syntax, 1, 1,
                    string.Create(CultureInfo.InvariantCulture, $"the JSON document is larger than {limit} bytes, the limit MaxDocumentLength"), null,
                    "a smaller document, or a higher SurveyReadOptions.MaxDocumentLength");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public bool MoveNext()
    {
        _index++;
        if (_index == 0)
        {
            _current = [.. _names];
            _offsets = new long[_names.Count];
            return _names.Count > 0 || _records.Count > 0;
        }

        if (_index - 1 >= _records.Count)
        {
            return false;
        }

        var (values, offsets, _) = _records[_index - 1];
        _current = new string[_names.Count];
        for (int i = 0; i < _names.Count; i++)
        {
            _current[i] = i < values.Length ? values[i] ?? string.Empty : string.Empty;
        }

        _offsets = offsets;
        return true;
    }

    public ReadOnlySpan<char> Field(int index) => _current[index];

    public int LineOf(int index) => Position(OffsetOf(index)).Line;

    public int ColumnOf(int index) => Position(OffsetOf(index)).Column;

    public void Dispose()
    {
    }

    private long OffsetOf(int index) =>
        index < _offsets.Length && _offsets[index] >= 0 ? _offsets[index] : (_index <= 0 ? 0 : _records[_index - 1].Start);

    private (int Line, int Column) Position(long offset)
    {
        int line = Array.BinarySearch(_lineStarts, (int)offset);
        line = line >= 0 ? line : ~line - 1;
        int start = _lineStarts[line];
        int column = Encoding.UTF8.GetCharCount(_json, start, (int)offset - start) + 1;
        return (line + 1, column);
    }

    private void Parse(ReadOnlySpan<byte> json, int baseOffset, DiagnosticSink sink)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            var (line, column) = json.IsEmpty ? (1, 1) : Position(baseOffset + reader.TokenStartIndex);
            sink.Report(DiagnosticKind.NoData, line, column, json.IsEmpty ? "the file is empty" : "the JSON is not an array", null, "a JSON array of respondent objects or of long records");
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            long start = baseOffset + reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var (line, column) = Position(start);
                sink.Report(DiagnosticKind.Syntax, line, column, $"an array element is {reader.TokenType}, not an object", null, "one JSON object per respondent or record");
                _records.Clear();
                return;
            }

            var values = new List<string?>();
            var offsets = new List<long>();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = Text(ref reader, baseOffset, sink);
                if (!index.TryGetValue(name, out int column))
                {
                    column = _names.Count;
                    index[name] = column;
                    _names.Add(name);
                }

                reader.Read();
                long at = baseOffset + reader.TokenStartIndex;
                string? value = reader.TokenType switch
                {
                    JsonTokenType.String => Text(ref reader, baseOffset, sink),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.True => "true",
                    JsonTokenType.False => "false",
                    JsonTokenType.Null => null,
                    _ => Nested(ref reader, at, name, sink),
                };
                while (values.Count <= column)
                {
                    values.Add(null);
                    offsets.Add(-1);
                }

                values[column] = value;
                offsets[column] = reader.TokenType is JsonTokenType.String ? at + 1 : at;
            }

            _records.Add(([.. values], [.. offsets], start));
        }

        Ended(ref reader);
    }

    /// <summary>
    /// After the closing bracket of the top-level array only white space and comments may follow: reading on makes the
    /// reader throw (a <see cref="JsonException"/>, reported as a syntax error) when anything else does. Always true.
    /// </summary>
    private static void Ended(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
        {
            reader.Read();
        }
    }

    /// <summary>
    /// A string token's text. Invalid UTF-8, a lone surrogate escape (<c>"\ud800"</c>) or a string longer than the
    /// field limit is reported where it stands, and the value read as U+FFFD (so its pair is rejected, never misread).
    /// </summary>
    private string Text(ref Utf8JsonReader reader, int baseOffset, DiagnosticSink sink)
    {
        long at = baseOffset + reader.TokenStartIndex + (reader.TokenType == JsonTokenType.String ? 1 : 0);
        if (reader.ValueSpan.Length > _maxFieldLength)
        {
            var (line, column) = Position(at);
            sink.Report(
                DiagnosticKind.Syntax, line, column,
                string.Create(CultureInfo.InvariantCulture, $"a string is longer than {_maxFieldLength} characters, the limit MaxFieldLength"), null,
                "a shorter string, or a higher SurveyReadOptions.MaxFieldLength");
            return "\uFFFD";
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var (line, column) = Position(at);
            sink.Report(DiagnosticKind.Encoding, line, column, "a string is not valid text (invalid UTF-8 or a lone surrogate escape)", null, "UTF-8 text and escapes of whole characters");
            return "\uFFFD";
        }
    }

    private string? Nested(ref Utf8JsonReader reader, long at, string name, DiagnosticSink sink)
    {
        var (line, column) = Position(at);
        sink.Report(DiagnosticKind.Syntax, line, column, string.Create(CultureInfo.InvariantCulture, $"property '{name}' holds a nested {reader.TokenType}"), null, "a string, number or null");
        reader.Skip();
        return "(nested)";
    }
}
