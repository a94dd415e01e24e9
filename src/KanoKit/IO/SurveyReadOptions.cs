using System.Collections.Immutable;
using KanoKit.Answers;

namespace KanoKit.IO;

/// <summary>The shape of a survey file.</summary>
public enum SurveyLayout
{
    /// <summary>Detect from the header: counts, cells, long, else wide.</summary>
    Auto = 0,

    /// <summary>One row per respondent and feature: <c>respondent,feature,functional,dysfunctional</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "'Long' is the survey-data term (long versus wide), not a type name.")]
    Long = 1,

    /// <summary>One row per respondent: a respondent column plus a functional and a dysfunctional column per feature.</summary>
    Wide = 2,

    /// <summary>Published category counts: <c>feature,A,O,M,I,R,Q</c> (and optionally <c>missing</c>).</summary>
    Counts = 3,

    /// <summary>Counted answer pairs, e.g. from a database: <c>feature,functional,dysfunctional,count</c>.</summary>
    Cells = 4,
}

/// <summary>How a survey file is read. Change a setting with a <c>with</c> expression.</summary>
public sealed record SurveyReadOptions
{
    /// <summary>Auto-detected layout, standard answer scale, detected delimiter, strict mode, tallies only.</summary>
    public static SurveyReadOptions Default { get; } = new();

    /// <summary>The file's layout; <see cref="SurveyLayout.Auto"/> detects it from the header.</summary>
    public SurveyLayout Layout { get; init; } = SurveyLayout.Auto;

    /// <summary>How answer codes and labels are read; a definition's scale takes precedence.</summary>
    public AnswerScale Scale { get; init => field = value ?? throw new ArgumentNullException(nameof(Scale)); } = AnswerScale.Standard;

    /// <summary>The field delimiter of text files; <see langword="null"/> detects comma, semicolon or tab from the first line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Stop at the first problem (<see cref="ReadMode.Strict"/>) or collect diagnostics and go on.</summary>
    public ReadMode Mode { get; init; } = ReadMode.Strict;

    /// <summary>A survey definition stating columns, scale, segments and header rows; <see langword="null"/> detects them.</summary>
    public SurveyDefinition? Definition { get; init; }

    /// <summary>
    /// Rows after the header row to skip; <see langword="null"/> detects them: leading rows in which no answer cell
    /// holds an answer (question texts, Qualtrics import ids) are skipped, at most three, and reported.
    /// </summary>
    public int? HeaderRows
    {
        get;
        init => field = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(HeaderRows), value, "Header rows to skip are 0 or more.");
    }

    /// <summary>
    /// Pair wide columns by position instead of by name: after the respondent column (the first column), consecutive
    /// columns from <see cref="FirstPairColumn"/> on are (functional, dysfunctional) pairs.
    /// </summary>
    public bool PairByPosition { get; init; }

    /// <summary>With <see cref="PairByPosition"/>, the 1-based column of the first functional answer (default 2; 1 when there is no id column).</summary>
    public int FirstPairColumn
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(FirstPairColumn), value, "Columns are numbered from 1.");
    } = 2;

    /// <summary>Whether the first row is a header (default). Without one, columns are named by position: "#1", "#2", ….</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Segment columns: every feature is analysed within each of their values as well as overall.</summary>
    public ImmutableArray<string> Segments { get; init; } = [];

    /// <summary>
    /// Keep the respondent-level columnar survey (<see cref="SurveyData.Survey"/>) for analyses that need it. Off by
    /// default: rows then flow straight into per-feature tallies and memory stays flat however large the file.
    /// </summary>
    public bool KeepRespondents { get; init; }

    /// <summary>The longest field accepted, in characters; a longer one is a syntax problem (often an unclosed quote).</summary>
    public int MaxFieldLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFieldLength), value, "At least one character.");
    } = 1 << 20;
}
