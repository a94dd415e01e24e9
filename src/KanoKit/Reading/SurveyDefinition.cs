using KanoKit.Answers;

namespace KanoKit.Reading;

/// <summary>
/// A survey definition file: states everything auto-detection would otherwise guess — which columns hold each
/// feature's functional, dysfunctional and importance answers, the answer scale, the respondent id column, segment
/// columns, header rows to skip, the delimiter and the layout. Read with <see cref="Load"/> or <see cref="Parse"/>;
/// columns are named by header text or by 1-based position written as <c>"#3"</c>. A member left out (or
/// <see langword="null"/>) is not stated: the read options or detection decide it (see <see cref="ReadPlan.Resolve"/>).
/// </summary>
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
public sealed record SurveyDefinition
{
    /// <summary>The features, in the order results list them; empty: detected from the header.</summary>
    public EquatableArray<FeatureDefinition> Features { get; init; }

    /// <summary>The respondent id column; <see langword="null"/>: detected (or respondents numbered by row).</summary>
    public string? Respondent { get; init; }

    /// <summary>Rows after the header row to skip (Qualtrics writes 2: question text and import ids; SurveyMonkey 1); <see langword="null"/>: not stated.</summary>
    public int? HeaderRows { get; init; }

    /// <summary>Whether the first row is a header row; <see langword="null"/>: not stated (a header is assumed).</summary>
    public bool? HasHeader { get; init; }

    /// <summary>Segment columns: every feature is also analysed within each of their values.</summary>
    public EquatableArray<string> Segments { get; init; }

    /// <summary>The field delimiter (",", ";", "|" or "\t"); <see langword="null"/>: not stated.</summary>
    public string? Delimiter { get; init; }

    /// <summary>The answer scale; <see langword="null"/>: not stated.</summary>
    public ScaleDefinition? Scale { get; init; }

    /// <summary>The file's layout ("long", "wide", "counts", "cells"); <see langword="null"/> or "auto": not stated.</summary>
    public SurveyLayout? Layout { get; init; }

    /// <summary>
    /// The text encoding of the file ("utf-8", "utf-16", "windows-1252", "iso-8859-1", or another code-page name);
    /// <see langword="null"/>: not stated (UTF-8, UTF-16 by byte-order mark, Windows-1252 when the bytes are not UTF-8).
    /// <see cref="SurveyReadOptions.Encoding"/> beats it.
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>
    /// The verbal importance scale of the importance columns ("4-point", "5-point", "5-point-somewhat", "7-point",
    /// "9-point": docs/lexicon.md), for columns whose labels alone do not say which scale they are on;
    /// <see langword="null"/>: decided per column from the labels and numbers it holds.
    /// </summary>
    public string? ImportanceScale { get; init; }

    /// <summary>Reads a definition file.</summary>
    /// <exception cref="KanoDataException">The file does not exist, is not valid JSON of this shape, or states something impossible; the message names line, column or JSON path and what was expected.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyDefinition Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.Definition, path, 1, 1, "no such file", null, "an existing survey definition (JSON)"));
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The definition as indented JSON, in the form <see cref="Parse"/> and <see cref="Load"/> read (members not stated are left out).</summary>
    public string ToJson() => DefinitionJson.Serialize(this);

    /// <summary>Reads a definition from JSON text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="KanoDataException">The text is not valid JSON of this shape, or states something impossible.</exception>
    public static SurveyDefinition Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var definition = DefinitionJson.Deserialize(json, source);
        if (definition.Check() is { } problem)
        {
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.Definition, source, 1, 1, problem.Problem, problem.Value, problem.Expected));
        }

        return definition;
    }

    /// <summary>The answer scale the definition states (the standard scale when it states none).</summary>
    /// <exception cref="ArgumentException">The scale is inconsistent (see <see cref="AnswerScale.Create"/>).</exception>
    public AnswerScale ResolveScale() => Scale?.Resolve() ?? AnswerScale.Standard;

    /// <summary>What is impossible in this definition, or <see langword="null"/>.</summary>
    internal (string Problem, string? Value, string Expected)? Check()
    {
        for (int i = 0; i < Features.Count; i++)
        {
            var feature = Features[i];
            if (feature is null || string.IsNullOrWhiteSpace(feature.Name) || string.IsNullOrWhiteSpace(feature.Functional) || string.IsNullOrWhiteSpace(feature.Dysfunctional))
            {
                return ($"features[{i}] lacks a name, functional or dysfunctional column", null, "\"name\", \"functional\" and \"dysfunctional\" for every feature");
            }
        }

        if (UniqueNames.FirstDuplicate(Features.Select(f => f.Name), StringComparer.Ordinal) is { } duplicate)
        {
            return ($"the definition names feature '{duplicate.Name}' twice (features[{duplicate.First}] and features[{duplicate.Second}])", duplicate.Name, "each feature once");
        }

        if (Segments.Items.Any(string.IsNullOrWhiteSpace))
        {
            return ("a segment column is empty or null", null, "column names in \"segments\"");
        }

        if (HeaderRows < 0)
        {
            return ("headerRows is negative", null, "0 or more rows to skip after the header");
        }

        if (Delimiter is { } d && d is not ("," or ";" or "\t" or "|"))
        {
            return ($"delimiter '{d}' is not supported", d, "\",\", \";\", \"|\" or \"\\t\"");
        }

        if (Encoding is { } encoding && KanoKit.Reading.Text.TextEncodings.Find(encoding) is null)
        {
            return ($"encoding '{encoding}' is not supported", encoding, KanoKit.Reading.Text.TextEncodings.Expected);
        }

        if (ImportanceScale is { } importanceScale && ImportanceScales.Find(importanceScale) < 0)
        {
            return ($"importanceScale '{importanceScale}' is not an importance scale", importanceScale, $"one of {ImportanceScales.Names}");
        }

        if (Layout is { } layout && !Enum.IsDefined(layout))
        {
            return ($"layout {layout} is not a layout", null, "\"auto\", \"long\", \"wide\", \"counts\" or \"cells\"");
        }

        try
        {
            ResolveScale();
        }
        catch (ArgumentException e)
        {
            return ($"the scale is not valid: {e.Message}", null, "codes and labels that each map to one answer");
        }

        return null;
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
    EquatableArray<KeyValuePair<string, Answer>> Codes = default,
    EquatableArray<KeyValuePair<string, Answer>> Labels = default,
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
        if (builtIn is not null && Codes.IsEmpty)
        {
            return Labels.IsEmpty ? builtIn : builtIn.WithLabels(Labels);
        }

        var codes = Codes.Select(pair =>
            int.TryParse(pair.Key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int code)
                ? KeyValuePair.Create(code, pair.Value)
                : throw new ArgumentException($"Code '{pair.Key}' is not an integer."));
        IEnumerable<KeyValuePair<string, Answer>> labels = Labels;
        if (BuiltInLabels)
        {
            labels = labels.Concat(AnswerScale.BuiltInLabels);
        }

        return AnswerScale.Create(Name ?? "custom", codes, labels);
    }
}
