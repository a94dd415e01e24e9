using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using KanoKit.Answers;

namespace KanoKit.IO;

/// <summary>
/// A survey definition file: states everything auto-detection would otherwise guess — which columns hold each
/// feature's functional, dysfunctional and importance answers, the answer scale, the respondent id column, segment
/// columns and header rows to skip. Read with <see cref="Load"/>; columns are named by header text or by
/// 1-based position written as <c>"#3"</c>.
/// </summary>
/// <param name="Features">The features, in the order results list them.</param>
/// <param name="Respondent">The respondent id column; <see langword="null"/>: respondents are numbered by row.</param>
/// <param name="HeaderRows">Rows after the header row to skip (Qualtrics writes 2: question text and import ids; SurveyMonkey 1).</param>
/// <param name="HasHeader">Whether the first row is a header row (default); without one, name columns by position ("#1", "#2", …).</param>
/// <param name="Segments">Segment columns: every feature is also analysed within each of their values.</param>
/// <param name="Delimiter">The field delimiter (",", ";", "|" or a tab); <see langword="null"/> detects it.</param>
/// <param name="Scale">The answer scale; <see langword="null"/> is the standard scale.</param>
/// <param name="Layout">The file's layout ("long", "wide", "counts", "cells"); "auto" (default) detects it.</param>
/// <example>
/// <code>
/// {
///   "respondent": "ResponseId",
///   "headerRows": 2,
///   "scale": { "name": "standard" },
///   "segments": ["plan"],
///   "features": [
///     { "name": "Wi-Fi", "functional": "Q1_1", "dysfunctional": "Q1_2", "importance": "Q1_3" }
///   ]
/// }
/// </code>
/// </example>
public sealed record SurveyDefinition(
    ImmutableArray<FeatureDefinition> Features = default,
    string? Respondent = null,
    int HeaderRows = 0,
    bool HasHeader = true,
    ImmutableArray<string> Segments = default,
    string? Delimiter = null,
    ScaleDefinition? Scale = null,
    SurveyLayout Layout = SurveyLayout.Auto)
{
    /// <summary>The features, in the order results list them.</summary>
    public ImmutableArray<FeatureDefinition> Features { get; init; } = Features.IsDefault ? [] : Features;

    /// <summary>Segment columns: every feature is also analysed within each of their values.</summary>
    public ImmutableArray<string> Segments { get; init; } = Segments.IsDefault ? [] : Segments;

    /// <summary>Reads a definition file.</summary>
    /// <exception cref="KanoDataException">The file is not valid JSON of this shape, or states something impossible; the message names line and column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyDefinition Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads a definition from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="KanoDataException">The text is not valid JSON of this shape, or states something impossible.</exception>
    public static SurveyDefinition Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        SurveyDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize(json, DefinitionJsonContext.Default.SurveyDefinition);
        }
        catch (JsonException e)
        {
            throw new KanoDataException(
                source, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                $"the survey definition is not valid: {e.Message.Split(". Path:")[0]}", null,
                "a JSON object with \"features\": [{\"name\", \"functional\", \"dysfunctional\"}, …]");
        }

        if (definition is null)
        {
            throw new KanoDataException(source, 1, 1, "the survey definition is null", null, "a JSON object");
        }

        definition.Validate(source);
        return definition;
    }

    /// <summary>The answer scale the definition states (the standard scale when it states none).</summary>
    /// <exception cref="ArgumentException">The scale is inconsistent (see <see cref="AnswerScale.Create"/>).</exception>
    public AnswerScale ResolveScale() => Scale?.Resolve() ?? AnswerScale.Standard;

    private void Validate(string source)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < Features.Length; i++)
        {
            var feature = Features[i];
            if (string.IsNullOrWhiteSpace(feature.Name) || string.IsNullOrWhiteSpace(feature.Functional) || string.IsNullOrWhiteSpace(feature.Dysfunctional))
            {
                throw new KanoDataException(source, 1, 1, $"feature {i + 1} of the definition lacks a name, functional or dysfunctional column", null, "\"name\", \"functional\" and \"dysfunctional\" for every feature");
            }

            if (!names.Add(feature.Name))
            {
                throw new KanoDataException(source, 1, 1, $"the definition names feature '{feature.Name}' twice", feature.Name, "each feature once");
            }
        }

        if (HeaderRows < 0)
        {
            throw new KanoDataException(source, 1, 1, "headerRows is negative", null, "0 or more rows to skip after the header");
        }

        if (Delimiter is { } d && d is not ("," or ";" or "\t" or "|"))
        {
            throw new KanoDataException(source, 1, 1, $"delimiter '{d}' is not supported", d, "\",\", \";\", \"|\" or a tab");
        }

        try
        {
            ResolveScale();
        }
        catch (ArgumentException e)
        {
            throw new KanoDataException(source, 1, 1, $"the scale is not valid: {e.Message}", null, "codes and labels that each map to one answer");
        }
    }
}

/// <summary>Where one feature's answers are: column names, or 1-based positions written as "#3".</summary>
/// <param name="Name">The feature's name in results.</param>
/// <param name="Functional">The functional answer's column.</param>
/// <param name="Dysfunctional">The dysfunctional answer's column.</param>
/// <param name="Importance">The self-stated importance column, if asked (any numeric scale).</param>
public sealed record FeatureDefinition(string Name, string Functional, string Dysfunctional, string? Importance = null);

/// <summary>An answer scale in a definition file: a built-in one by name, or codes and labels of one's own.</summary>
/// <param name="Name">"standard", "reversed", "zero-based", or a name for a custom scale.</param>
/// <param name="Codes">Custom codes and the answer each stands for ("Like", "MustBe", "Neutral", "LiveWith", "Dislike").</param>
/// <param name="Labels">Custom labels and the answer each stands for.</param>
/// <param name="BuiltInLabels">Whether a custom scale also recognises the built-in labels (default).</param>
public sealed record ScaleDefinition(
    string? Name = null,
    ImmutableDictionary<string, Answer>? Codes = null,
    ImmutableDictionary<string, Answer>? Labels = null,
    bool BuiltInLabels = true)
{
    /// <summary>The scale this definition states.</summary>
    /// <exception cref="ArgumentException">A code is not an integer, or codes and labels conflict.</exception>
    public AnswerScale Resolve()
    {
        var builtIn = Name?.ToLowerInvariant() switch
        {
            null or "standard" => AnswerScale.Standard,
            "reversed" => AnswerScale.Reversed,
            "zero-based" => AnswerScale.ZeroBased,
            _ => null,
        };
        if (builtIn is not null && Codes is null)
        {
            return Labels is null ? builtIn : builtIn.WithLabels(Labels);
        }

        var codes = (Codes ?? ImmutableDictionary<string, Answer>.Empty).Select(pair =>
            int.TryParse(pair.Key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int code)
                ? KeyValuePair.Create(code, pair.Value)
                : throw new ArgumentException($"Code '{pair.Key}' is not an integer."));
        var labels = (Labels ?? ImmutableDictionary<string, Answer>.Empty).AsEnumerable();
        if (BuiltInLabels)
        {
            labels = labels.Concat(AnswerScale.BuiltInLabels);
        }

        return AnswerScale.Create(Name ?? "custom", codes, labels);
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SurveyDefinition))]
internal sealed partial class DefinitionJsonContext : JsonSerializerContext;
