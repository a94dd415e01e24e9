using KanoKit.Reading;
using System.Globalization;
using System.Text;
using System.Text.Json;
using KanoKit.Tallies;

namespace KanoKit.Data.Tallies;

/// <summary>
/// Partial tallies as JSON, schema <c>kanokit/tallies/v1</c>:
/// <c>{"schema":"kanokit/tallies/v1","scale":…,"table"?:…,"respondents":…,"features":[{"name","cells":[25],"missing","rejected","importance":{"count","sum","sumOfSquares"}}],"segments":[{"column","value","respondents","features":[…]}]}</c>.
/// Cells are row-major (functional Like … Dislike, then dysfunctional Like … Dislike); every count is an integer.
/// </summary>
public static class TallyJson
{
    /// <summary>The schema identifier written and accepted.</summary>
    public const string Schema = "kanokit/tallies/v1";

    /// <summary>The tallies as indented JSON.</summary>
    public static string Serialize(PartialTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        using var stream = new MemoryStream();
        Write(tally, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the tallies as indented UTF-8 JSON.</summary>
    public static void Write(PartialTally tally, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("scale", tally.Scale);
        if (tally.Table is not null)
        {
            writer.WriteString("table", tally.Table);
        }

        writer.WriteNumber("respondents", tally.Respondents);
        WriteFeatures(writer, tally.Features);
        writer.WriteStartArray("segments");
        foreach (var segment in tally.Segments)
        {
            writer.WriteStartObject();
            writer.WriteString("column", segment.Column);
            writer.WriteString("value", segment.Value);
            writer.WriteNumber("respondents", segment.Respondents);
            WriteFeatures(writer, segment.Tallies);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Reads a tallies file.</summary>
    /// <exception cref="KanoDataException">The file is not tallies JSON of schema v1; the error names the file and, for syntax errors, the line and column.</exception>
    public static PartialTally Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Whether JSON text declares the tallies schema (any version), judged from its first 4 KiB.</summary>
    public static bool LooksLikeTallies(string path)
    {
        var buffer = new char[4096];
        using var reader = new StreamReader(path);
        int read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new string(buffer, 0, read).Contains("\"kanokit/tallies/", StringComparison.Ordinal);
    }

    /// <summary>Parses tallies JSON.</summary>
    /// <param name="json">The text.</param>
    /// <param name="source">The name errors give (the file).</param>
    /// <exception cref="KanoDataException">The text is not tallies JSON of schema v1.</exception>
    public static PartialTally Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new KanoDataException(DiagnosticKind.Syntax, source, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, $"not valid JSON: {e.Message.Split('.')[0]}", null, "tallies JSON");
        }

        using (document)
        {
            var reader = new Reader(source);
            var root = document.RootElement;
            string schema = reader.String(root, "schema", "$");
            if (schema != Schema)
            {
                throw reader.Error("$.schema", $"the schema is '{schema}'", schema, $"'{Schema}'");
            }

            var features = reader.Features(root, "$");
            var segments = reader.Array(root, "segments", "$").Select((s, i) =>
            {
                string at = string.Create(CultureInfo.InvariantCulture, $"$.segments[{i}]");
                return new SegmentTallies(reader.String(s, "column", at), reader.String(s, "value", at), reader.Count(s, "respondents", at), [.. reader.Features(s, at)]);
            }).ToArray();
            try
            {
                return new PartialTally(
                    reader.String(root, "scale", "$"),
                    reader.Count(root, "respondents", "$"),
                    features,
                    segments,
                    root.TryGetProperty("table", out var table) && table.ValueKind == JsonValueKind.String ? table.GetString() : null);
            }
            catch (ArgumentException e)
            {
                throw reader.Error("$", e.Message.Split(" (Parameter")[0], null, "each feature once, and the same features in every segment");
            }
        }
    }

    private static void WriteFeatures(Utf8JsonWriter writer, IEnumerable<FeatureTally> features)
    {
        writer.WriteStartArray("features");
        foreach (var feature in features)
        {
            writer.WriteStartObject();
            writer.WriteString("name", feature.Name);
            writer.WriteStartArray("cells");
            for (int cell = 0; cell < PairTally.CellCount; cell++)
            {
                writer.WriteNumberValue(feature.Tally.CellAt(cell));
            }

            writer.WriteEndArray();
            writer.WriteNumber("missing", feature.Tally.Missing);
            writer.WriteNumber("rejected", feature.Rejected);
            writer.WriteStartObject("importance");
            writer.WriteNumber("count", feature.Importance.Count);
            writer.WriteNumber("sum", feature.Importance.Sum);
            writer.WriteNumber("sumOfSquares", feature.Importance.SumOfSquares);
            if (feature.Importance is { ScaleMin: { } scaleMin, ScaleMax: { } scaleMax })
            {
                writer.WriteNumber("scaleMin", scaleMin);
                writer.WriteNumber("scaleMax", scaleMax);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private sealed class Reader(string source)
    {
        public KanoDataException Error(string at, string problem, string? value, string expected) =>
            new(DiagnosticKind.Syntax, source, 1, 1, $"{at}: {problem}", value, expected);

        private JsonElement Property(JsonElement element, string name, string at, JsonValueKind kind)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Error(at, "is not an object", element.ValueKind.ToString(), "a JSON object");
            }

            if (!element.TryGetProperty(name, out var value) || value.ValueKind != kind)
            {
                throw Error($"{at}.{name}", value.ValueKind == JsonValueKind.Undefined ? "is absent" : $"is a {value.ValueKind}", null, $"a JSON {kind.ToString().ToLowerInvariant()}");
            }

            return value;
        }

        public string String(JsonElement element, string name, string at) => Property(element, name, at, JsonValueKind.String).GetString()!;

        public long Count(JsonElement element, string name, string at)
        {
            var value = Property(element, name, at, JsonValueKind.Number);
            return value.TryGetInt64(out long count) && count >= 0 ? count
                : throw Error($"{at}.{name}", $"{value.GetRawText()} is not a count", value.GetRawText(), "a whole number ≥ 0");
        }

        private double Number(JsonElement element, string name, string at) => Property(element, name, at, JsonValueKind.Number).GetDouble();

        private double? OptionalNumber(JsonElement element, string name, string at) =>
            element.TryGetProperty(name, out _) ? Number(element, name, at) : null;

        public JsonElement[] Array(JsonElement element, string name, string at) =>
            Property(element, name, at, JsonValueKind.Array).EnumerateArray().ToArray();

        public List<FeatureTally> Features(JsonElement element, string at)
        {
            var result = new List<FeatureTally>();
            int index = 0;
            foreach (var feature in Array(element, "features", at))
            {
                string here = string.Create(CultureInfo.InvariantCulture, $"{at}.features[{index++}]");
                var cells = Array(feature, "cells", here).ToArray();
                if (cells.Length != PairTally.CellCount)
                {
                    throw Error($"{here}.cells", string.Create(CultureInfo.InvariantCulture, $"has {cells.Length} counts"), null, "25 counts");
                }

                var counts = new long[PairTally.CellCount];
                for (int c = 0; c < counts.Length; c++)
                {
                    if (cells[c].ValueKind != JsonValueKind.Number || !cells[c].TryGetInt64(out counts[c]) || counts[c] < 0)
                    {
                        throw Error(string.Create(CultureInfo.InvariantCulture, $"{here}.cells[{c}]"), $"{cells[c].GetRawText()} is not a count", cells[c].GetRawText(), "a whole number ≥ 0");
                    }
                }

                var importance = Property(feature, "importance", here, JsonValueKind.Object);
                result.Add(new FeatureTally(
                    String(feature, "name", here),
                    PairTally.FromCells(counts, Count(feature, "missing", here)),
                    Count(feature, "rejected", here),
                    new ImportanceMoments(Count(importance, "count", $"{here}.importance"), Number(importance, "sum", $"{here}.importance"), Number(importance, "sumOfSquares", $"{here}.importance"))
                    {
                        ScaleMin = OptionalNumber(importance, "scaleMin", $"{here}.importance"),
                        ScaleMax = OptionalNumber(importance, "scaleMax", $"{here}.importance"),
                    }));
            }

            return result;
        }
    }
}
