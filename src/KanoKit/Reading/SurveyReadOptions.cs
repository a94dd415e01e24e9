using KanoKit.Answers;

namespace KanoKit.Reading;

/// <summary>
/// How a survey file is read, as the caller states it. A setting left unstated (<see langword="null"/>,
/// <see cref="SurveyLayout.Auto"/>) is taken from <see cref="Definition"/> if it states it, else detected: an explicit
/// option beats the definition file, which beats detection. <see cref="ReadPlan.Resolve"/> applies that precedence once,
/// before reading starts. Change a setting with a <c>with</c> expression.
/// </summary>
public sealed record SurveyReadOptions
{
    /// <summary>Nothing stated: layout, delimiter and header rows detected, standard scale, strict mode, tallies only.</summary>
    public static SurveyReadOptions Default { get; } = new();

    /// <summary>The file's layout; <see cref="SurveyLayout.Auto"/> leaves it to the definition or detection.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined layout.</exception>
    public SurveyLayout Layout
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Layout), value, "Not a survey layout.");
    }

    /// <summary>How answer codes and labels are read; <see langword="null"/>: the definition's scale, else the standard one.</summary>
    public AnswerScale? Scale { get; init; }

    /// <summary>The field delimiter of text files: ',', ';', '\t' or '|'; <see langword="null"/>: the definition's, else detected from the first line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Stop at the first problem (<see cref="ReadMode.Strict"/>, the default) or collect diagnostics and go on.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined mode.</exception>
    public ReadMode Mode
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(Mode), value, "Not a read mode.");
    }

    /// <summary>A survey definition stating columns, scale, segments and header rows; <see langword="null"/> detects them.</summary>
    public SurveyDefinition? Definition { get; init; }

    /// <summary>
    /// Rows after the header row to skip; <see langword="null"/>: the definition's, else detected (leading rows in which no
    /// answer cell holds an answer — question texts, Qualtrics import ids — are skipped, at most three, and reported).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int? HeaderRows
    {
        get;
        init => field = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(HeaderRows), value, "Header rows to skip are 0 or more.");
    }

    /// <summary>
    /// Pair wide columns by position instead of by name: consecutive columns from <see cref="FirstPairColumn"/> on are
    /// (functional, dysfunctional) pairs, and the first column is the respondent id when <see cref="FirstPairColumn"/> is above 1.
    /// </summary>
    public bool PairByPosition { get; init; }

    /// <summary>With <see cref="PairByPosition"/>, the 1-based column of the first functional answer; <see langword="null"/>: 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int? FirstPairColumn
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(FirstPairColumn), value, "Columns are numbered from 1.");
    }

    /// <summary>
    /// With <see cref="PairByPosition"/>, the 1-based last column of the answer pairs (<c>--columns 11-18</c>), so that
    /// trailing metadata columns take no part; <see langword="null"/>: up to the last column.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int? LastPairColumn
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(LastPairColumn), value, "Columns are numbered from 1.");
    }

    /// <summary>
    /// The text encoding of delimited files, by name ("utf-8", "windows-1252", "iso-8859-1", "utf-16"); <see langword="null"/>:
    /// UTF-8 or UTF-16 by byte-order mark, and Windows-1252 when the bytes are not valid UTF-8 (reported in <see cref="ReadPlan.Encoding"/>).
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>Whether the first row is a header; <see langword="null"/>: the definition's, else yes. Without one, columns are named by position: "#1", "#2", ….</summary>
    public bool? HasHeader { get; init; }

    /// <summary>Segment columns: every feature is analysed within each of their values as well as overall (added to the definition's).</summary>
    public EquatableArray<string> Segments { get; init; }

    /// <summary>
    /// Keep the respondent-level columnar survey (<see cref="SurveyData.Survey"/>) for analyses that need it. Off by
    /// default: rows then flow straight into per-feature tallies and memory stays flat however large the file.
    /// </summary>
    public bool KeepRespondents { get; init; }

    /// <summary>The longest field accepted, in characters; a longer one is a syntax problem (often an unclosed quote).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxFieldLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFieldLength), value, "At least one character.");
    } = 1 << 20;

    /// <summary>The longest record (a whole row, or the header) accepted, in characters; a longer one ends the read with an error naming this limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxRecordLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxRecordLength), value, "At least one character.");
    } = 1 << 24;

    /// <summary>The most fields a record (the header included) may have; more ends the read with an error naming this limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxColumns
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxColumns), value, "At least one column.");
    } = 100_000;

    /// <summary>The most distinct features a long, counts or cells file may name; more ends the read with an error naming this limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int MaxFeatures
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFeatures), value, "At least one feature.");
    } = 100_000;

    /// <summary>
    /// The largest JSON document (read whole) or workbook part held whole (workbook, relationships, shared strings)
    /// accepted, in bytes; a larger one is an error naming this limit. A worksheet is streamed row by row, as a CSV file
    /// is, so its size is not limited; its rows are limited by <see cref="MaxRecordLength"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public long MaxDocumentLength
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDocumentLength), value, "At least one byte.");
    } = 1L << 26;

    /// <summary>
    /// Threads that count a large wide UTF-8 file (larger than 8 MiB, read from a file) in parallel, each over a range of
    /// whole rows, merged exactly: results and diagnostics are the same whatever the number. <see langword="null"/>: one
    /// per processor (<see cref="Environment.ProcessorCount"/>); 1: one thread.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1.</exception>
    public int? Threads
    {
        get;
        init => field = value is null or >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Threads), value, "At least one thread.");
    }

    /// <summary>The smallest rest of a file (in bytes) counted in parallel; tests lower it to split small files.</summary>
    internal long ParallelMinBytes { get; init; } = 8L << 20;

    /// <summary>Whether wide UTF-8 rows may be counted straight from bytes; tests turn it off to compare with the general path.</summary>
    internal bool BytePath { get; init; } = true;
}
