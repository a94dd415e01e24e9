using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using KanoKit.Writing;

namespace KanoKit.Reading;

/// <summary>
/// Reads survey definition files. Problems are reported in the definition's own terms — the JSON path, what was
/// found and what was expected — never in .NET type names.
/// </summary>
internal static class DefinitionJson
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["$"] = "features, respondent, headerRows, hasHeader, segments, delimiter, scale, layout, encoding, importanceScale",
        ["feature"] = "name, functional, dysfunctional, importance",
        ["scale"] = "name, codes, labels, builtInLabels",
    };

    private static readonly Dictionary<string, string> Shapes = new(StringComparer.Ordinal)
    {
        ["features"] = "an array of feature objects",
        ["respondent"] = "a column name or \"#position\"",
        ["headerRows"] = "a whole number of rows (0 or more)",
        ["hasHeader"] = "true or false",
        ["segments"] = "an array of column names",
        ["delimiter"] = "\",\", \";\", \"|\" or \"\\t\"",
        ["scale"] = "an object with name, codes, labels, builtInLabels",
        ["layout"] = "\"auto\", \"long\", \"wide\", \"counts\", \"cells\" or \"tall\"",
        ["encoding"] = "an encoding name such as \"utf-8\" or \"windows-1252\"",
        ["importanceScale"] = "\"4-point\", \"5-point\", \"5-point-somewhat\", \"7-point\" or \"9-point\"",
        ["name"] = "a string",
        ["functional"] = "a column name or \"#position\"",
        ["dysfunctional"] = "a column name or \"#position\"",
        ["importance"] = "a column name or \"#position\"",
        ["codes"] = "an object mapping codes to Like, MustBe, Neutral, LiveWith or Dislike",
        ["labels"] = "an object mapping labels to Like, MustBe, Neutral, LiveWith or Dislike",
        ["builtInLabels"] = "true or false",
    };

    /// <summary>
    /// Writes definitions for people to edit: letters of the Basic Multilingual Plane as they are (<c>Größenänderung</c>,
    /// <c>深色模式</c>, not <c>Gr\u00F6\u00DFen…</c>; the text is a file, never HTML). The relaxed encoder still escapes
    /// characters beyond that plane (emoji) as surrogate pairs, which read back the same.
    /// </summary>
    private static readonly DefinitionJsonContext Writing = new(new JsonSerializerOptions(DefinitionJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The definition as indented JSON, the form <see cref="Deserialize"/> reads.</summary>
    public static string Serialize(SurveyDefinition definition) =>
        JsonSerializer.Serialize(definition, Writing.SurveyDefinition);

    public static SurveyDefinition Deserialize(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, DefinitionJsonContext.Default.SurveyDefinition)
                ?? throw Problem(source, 1, 1, "the survey definition is null", "a JSON object");
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            string path = e.Path ?? "$";
            string message = e.Message;
            if (message.Contains("could not be mapped", StringComparison.Ordinal))
            {
                throw Unknown(source, line, column, message);
            }

            if (e.InnerException?.GetType().Name != "JsonReaderException")
            {
                // A value of the wrong kind (the serializer's conversion or one of the definition's own converters).
                throw Problem(source, line, column, $"{path} does not hold what it should", Shape(path));
            }

            // A syntax error: the reader's own words describe the JSON, not .NET ("'x' is an invalid start of a value").
            int cut = message.IndexOf(" Path:", StringComparison.Ordinal) is int p and >= 0 ? p : message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Problem(source, line, column, $"the survey definition is not valid JSON: {(cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ')}", "a JSON object such as {\"features\": [{\"name\", \"functional\", \"dysfunctional\"}]}");
        }
    }

    private static KanoDataException Unknown(string source, int line, int column, string message)
    {
        // The serializer's message quotes the member and the type it is not in: "The JSON property 'x' could not be
        // mapped to any .NET member contained in type 'KanoKit.Reading.FeatureDefinition'". Only the member is passed on.
        int start = message.IndexOf('\'', StringComparison.Ordinal) + 1;
        int end = start > 0 ? message.IndexOf('\'', start) : -1;
        string member = end > start ? message[start..end] : "?";
        (string owner, string members) = message.Contains(nameof(FeatureDefinition), StringComparison.Ordinal) ? ("a feature", Members["feature"])
            : message.Contains(nameof(ScaleDefinition), StringComparison.Ordinal) ? ("the scale", Members["scale"])
            : ("the definition", Members["$"]);
        return Problem(source, line, column, $"unknown member '{member}' in {owner}", $"one of {members}", member);
    }

    private static string Shape(string path)
    {
        string last = path;
        int dot = last.LastIndexOf('.');
        if (dot >= 0)
        {
            last = last[(dot + 1)..];
        }

        int bracket = last.IndexOf('[', StringComparison.Ordinal);
        if (bracket >= 0)
        {
            last = last[..bracket];
        }

        return Shapes.TryGetValue(last, out string? shape) ? shape : "a value of the definition's shape";
    }

    private static KanoDataException Problem(string source, int line, int column, string problem, string expected, string? value = null) =>
        new(new KanoDiagnostic(DiagnosticKind.Definition, source, line, column, problem, value, expected));
}

/// <summary>Reads a JSON object of string keys and <see cref="Answer"/> values into key–answer pairs, in file order.</summary>
internal sealed class AnswerMapJsonConverter : JsonConverter<EquatableArray<KeyValuePair<string, Answer>>>
{
    public override EquatableArray<KeyValuePair<string, Answer>> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object.");
        }

        var pairs = new List<KeyValuePair<string, Answer>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string key = reader.GetString()!;
            reader.Read();
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (text is null || !Enum.TryParse(text, ignoreCase: true, out Answer answer) || answer == Answer.Missing || !Enum.IsDefined(answer) || char.IsDigit(text[0]))
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"'{key}' maps to something that is not an answer."));
            }

            pairs.Add(KeyValuePair.Create(key, answer));
        }

        return pairs.ToEquatableArray();
    }

    public override void Write(Utf8JsonWriter writer, EquatableArray<KeyValuePair<string, Answer>> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, answer) in value)
        {
            writer.WriteString(key, answer.ToString());
        }

        writer.WriteEndObject();
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters =
    [
        typeof(EquatableArrayJsonConverter<FeatureDefinition>),
        typeof(EquatableArrayJsonConverter<string>),
        typeof(AnswerMapJsonConverter),
        typeof(LayoutJsonConverter),
    ])]
[JsonSerializable(typeof(SurveyDefinition))]
[JsonSerializable(typeof(FeatureDefinition))]
[JsonSerializable(typeof(string))]
internal sealed partial class DefinitionJsonContext : JsonSerializerContext;

/// <summary>Layouts as the documentation writes them (<c>"wide"</c>); reading ignores case.</summary>
internal sealed class LayoutJsonConverter() : JsonStringEnumConverter<SurveyLayout>(JsonNamingPolicy.CamelCase);
