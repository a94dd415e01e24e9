using System.Globalization;
using System.Text;
using KanoKit.Answers;
using KanoKit.Reading.Text;

namespace KanoKit.Reading;

/// <summary>
/// One resolved plan for reading a survey: every setting the read options and the survey definition state, merged once
/// with a documented precedence — an explicit option beats the definition file, which beats detection. What is still
/// open (layout <see cref="SurveyLayout.Auto"/>, delimiter or header rows <see langword="null"/>, no features stated) is
/// detected while reading; <see cref="SurveyData.Plan"/> is this plan with the detected values filled in — what the
/// reader understood, printable with <see cref="Describe"/>.
/// </summary>
public sealed record ReadPlan
{
    /// <summary>The layout; <see cref="SurveyLayout.Auto"/> before detection.</summary>
    public SurveyLayout Layout { get; internal init; }

    /// <summary>The answer scale.</summary>
    public AnswerScale Scale { get; internal init; } = AnswerScale.Standard;

    /// <summary>The field delimiter of text files; <see langword="null"/> before detection (and for sources without one).</summary>
    public char? Delimiter { get; internal init; }

    /// <summary>Strict or lenient.</summary>
    public ReadMode Mode { get; internal init; }

    /// <summary>Whether the first row is a header.</summary>
    public bool HasHeader { get; internal init; } = true;

    /// <summary>Rows after the header row to skip; <see langword="null"/>: detect (before reading), or how many were skipped (after).</summary>
    public int? HeaderRows { get; internal init; }

    /// <summary>Segment columns, options' first, then the definition's.</summary>
    public EquatableArray<string> Segments { get; internal init; }

    /// <summary>The respondent id column (a name or "#position"); <see langword="null"/>: detect (before reading), or none (after).</summary>
    public string? Respondent { get; internal init; }

    /// <summary>The features and their columns; empty before reading means detect them from the header.</summary>
    public EquatableArray<FeatureDefinition> Features { get; internal init; }

    /// <summary>Whether wide columns are paired by position.</summary>
    public bool PairByPosition { get; internal init; }

    /// <summary>With <see cref="PairByPosition"/>, the 1-based column of the first functional answer.</summary>
    public int FirstPairColumn { get; internal init; } = 2;

    /// <summary>With <see cref="PairByPosition"/>, the 1-based last column of the pairs; <see langword="null"/>: the last column.</summary>
    public int? LastPairColumn { get; internal init; }

    /// <summary>Whether the respondent-level survey is kept.</summary>
    public bool KeepRespondents { get; internal init; }

    /// <summary>The text encoding: stated (before reading), or the one the file was read in (after); <see langword="null"/>: detect, or not text.</summary>
    public string? Encoding { get; internal init; }

    /// <summary>The verbal importance scale stated by the definition (see <see cref="SurveyDefinition.ImportanceScale"/>); <see langword="null"/>: decided per column.</summary>
    public string? ImportanceScale { get; internal init; }

    /// <summary>After reading a wide file: how detection found the columns (for example "question texts in header row 2"); <see langword="null"/> when stated or by today's names.</summary>
    public string? Detection { get; internal init; }

    /// <summary>After reading a wide file: the columns read as neither answers, importance, respondent nor segments (kept as attributes with the respondents, otherwise ignored).</summary>
    public EquatableArray<string> OtherColumns { get; internal init; }

    /// <summary>The longest field accepted, in characters.</summary>
    public int MaxFieldLength { get; internal init; } = 1 << 20;

    /// <summary>The longest record accepted, in characters.</summary>
    public int MaxRecordLength { get; internal init; } = 1 << 24;

    /// <summary>The most fields a record may have.</summary>
    public int MaxColumns { get; internal init; } = 100_000;

    /// <summary>The most distinct features a file may name.</summary>
    public int MaxFeatures { get; internal init; } = 100_000;

    /// <summary>The largest JSON document or workbook part accepted, in bytes.</summary>
    public long MaxDocumentLength { get; internal init; } = 1L << 26;

    /// <summary>Threads for counting large wide files (<see langword="null"/>: one per processor).</summary>
    internal int? Threads { get; init; }

    /// <summary>The smallest rest of a file counted in parallel, in bytes.</summary>
    internal long ParallelMinBytes { get; init; } = 8L << 20;

    /// <summary>Whether wide UTF-8 rows may be counted straight from bytes.</summary>
    internal bool BytePath { get; init; } = true;

    /// <summary>
    /// Whether text respondent ids of a wide file may be checked for repeats once, at the end, by fingerprint (the input
    /// can be read again, exactly, when a fingerprint repeats): set by the reader of a seekable file, never by options.
    /// </summary>
    internal bool DeferTextIds { get; init; }

    /// <summary>
    /// Merges <paramref name="options"/> and its definition: for each setting the option when it states one, else the
    /// definition's, else left for detection (layout, delimiter, header rows, features, respondent column) or the default
    /// (standard scale, a header row, no segments). Segment columns of both are read.
    /// </summary>
    /// <exception cref="ArgumentException">The definition (built in code) states something impossible: the message says what.</exception>
    public static ReadPlan Resolve(SurveyReadOptions? options)
    {
        options ??= SurveyReadOptions.Default;
        var definition = options.Definition;
        if (definition?.Check() is { } problem)
        {
            throw new ArgumentException($"The survey definition is not valid: {problem.Problem} (expected {problem.Expected}).", nameof(options));
        }

        if (options.Delimiter is { } delimiter && delimiter is not (',' or ';' or '\t' or '|'))
        {
            throw new ArgumentException($"The delimiter '{delimiter}' is not supported (expected ',', ';', '\\t' or '|').", nameof(options));
        }

        if (options.Encoding is { } encoding && TextEncodings.Find(encoding) is null)
        {
            throw new ArgumentException($"The encoding '{encoding}' is not supported (expected {TextEncodings.Expected}).", nameof(options));
        }

        if (options.LastPairColumn is int last && last < (options.FirstPairColumn ?? 2) + 1)
        {
            throw new ArgumentException($"The last pair column {last} is before the first pair column's partner (expected at least {(options.FirstPairColumn ?? 2) + 1}).", nameof(options));
        }

        if (options.Segments.Items.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A segment column name is null or empty.", nameof(options));
        }

        return new ReadPlan
        {
            Layout = options.Layout != SurveyLayout.Auto ? options.Layout : definition?.Layout ?? SurveyLayout.Auto,
            Scale = options.Scale ?? (definition?.Scale is not null ? definition.ResolveScale() : AnswerScale.Standard),
            Delimiter = options.Delimiter ?? (definition?.Delimiter is { } d ? d[0] : null),
            Mode = options.Mode,
            HasHeader = options.HasHeader ?? definition?.HasHeader ?? true,
            HeaderRows = options.HeaderRows ?? definition?.HeaderRows,
            Segments = options.Segments.Concat(definition?.Segments ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToEquatableArray(),
            Respondent = definition?.Respondent,
            Features = definition?.Features ?? [],
            PairByPosition = options.PairByPosition,
            FirstPairColumn = options.FirstPairColumn ?? 2,
            LastPairColumn = options.LastPairColumn,
            Encoding = (options.Encoding ?? definition?.Encoding) is { } stated ? TextEncodings.Find(stated)!.WebName : null,
            ImportanceScale = definition?.ImportanceScale,
            KeepRespondents = options.KeepRespondents,
            MaxFieldLength = options.MaxFieldLength,
            MaxRecordLength = options.MaxRecordLength,
            MaxColumns = options.MaxColumns,
            MaxFeatures = options.MaxFeatures,
            MaxDocumentLength = options.MaxDocumentLength,
            Threads = options.Threads,
            ParallelMinBytes = options.ParallelMinBytes,
            BytePath = options.BytePath,
        };
    }

    /// <summary>
    /// The plan as a survey definition (what <c>kanokit inspect --write-definition</c> writes): the layout, delimiter,
    /// header rows, respondent, segments and — for wide files — each feature's columns, so that it can be edited (for
    /// example to rename features) and passed back with <see cref="SurveyReadOptions.Definition"/>. The scale is stated
    /// only when it is not the standard one and has a built-in name; the encoding when the file was not read as UTF-8
    /// (a Windows-1252 file found by detection is read back as Windows-1252).
    /// </summary>
    public SurveyDefinition ToDefinition() => new()
    {
        Layout = Layout == SurveyLayout.Auto ? null : Layout,
        Delimiter = Delimiter is char d ? d.ToString() : null,
        HasHeader = HasHeader,
        HeaderRows = HeaderRows,
        Respondent = Respondent,
        Segments = Segments,
        Features = Layout == SurveyLayout.Wide ? Features : [],
        Scale = Scale.Name is "reversed" or "zero-based" ? new ScaleDefinition(Scale.Name) : null,
        Encoding = Encoding is { } encoding && !encoding.Equals("utf-8", StringComparison.OrdinalIgnoreCase) ? encoding : null,
        ImportanceScale = ImportanceScale,
    };

    /// <summary>The plan in words, one setting per line, as <c>kanokit validate</c> prints it.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        void Line(string name, string value) => text.Append(CultureInfo.InvariantCulture, $"  {name,-15} {value}\n");
        Line("layout", Layout == SurveyLayout.Auto ? "detect" : Layout.ToString().ToLowerInvariant());
        if (Encoding is not null)
        {
            Line("encoding", Encoding);
        }

        if (Detection is not null)
        {
            Line("detected", Detection);
        }

        Line("delimiter", Delimiter switch { null => "detect (or none)", '\t' => "tab", { } c => $"'{c}'" });
        Line("header", HasHeader ? "first row" : "none (columns #1, #2, …)");
        Line("header rows", HeaderRows is int rows ? rows.ToString(CultureInfo.InvariantCulture) + " skipped after the header" : "detect");
        Line("scale", Scale.Name);
        if (ImportanceScale is not null)
        {
            Line("importance", ImportanceScale);
        }

        Line("mode", Mode.ToString().ToLowerInvariant());
        Line("respondent", Respondent ?? "none (numbered by row)");
        Line("segments", Segments.IsEmpty ? "none" : string.Join(", ", Segments));
        if (PairByPosition)
        {
            Line("pairing", string.Create(CultureInfo.InvariantCulture, $"by position from column {FirstPairColumn}") + (LastPairColumn is int last ? string.Create(CultureInfo.InvariantCulture, $" to column {last}") : string.Empty));
        }

        Line("features", Features.IsEmpty ? "detect" : Features.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var feature in Features)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {feature.Name}: functional '{feature.Functional}', dysfunctional '{feature.Dysfunctional}'");
            text.Append(feature.Importance is { } importance ? $", importance '{importance}'\n" : "\n");
        }

        if (!OtherColumns.IsEmpty)
        {
            Line("other columns", string.Join(", ", OtherColumns.Select(c => $"'{c}'")) + (KeepRespondents ? " (attributes)" : " (ignored)"));
        }

        return text.ToString();
    }
}
