using KanoKit.Answers;

namespace KanoKit.IO;

/// <summary>The shape of a survey CSV file.</summary>
public enum CsvLayout
{
    /// <summary>Detect from the header: counts, cells, long, else wide.</summary>
    Auto = 0,

    /// <summary>One row per respondent and feature: <c>respondent,feature,functional,dysfunctional</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "'Long' is the survey-data term (long versus wide), not a type name.")]
    Long = 1,

    /// <summary>One row per respondent: a respondent column plus <c>&lt;feature&gt;_functional</c> / <c>&lt;feature&gt;_dysfunctional</c> pairs.</summary>
    Wide = 2,

    /// <summary>Published category counts: <c>feature,A,O,M,I,R,Q</c> (and optionally <c>missing</c>).</summary>
    Counts = 3,

    /// <summary>Counted answer pairs, e.g. from a database: <c>feature,functional,dysfunctional,count</c>.</summary>
    Cells = 4,
}

/// <summary>How a survey CSV is read.</summary>
public sealed record CsvReadOptions
{
    /// <summary>Auto-detected layout, standard answer scale, detected delimiter.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>The file's layout; <see cref="CsvLayout.Auto"/> detects it from the header.</summary>
    public CsvLayout Layout { get; init; } = CsvLayout.Auto;

    /// <summary>How answer codes and labels are read.</summary>
    public AnswerScale Scale { get; init => field = value ?? throw new ArgumentNullException(nameof(Scale)); } = AnswerScale.Standard;

    /// <summary>The field delimiter; <see langword="null"/> detects comma, semicolon or tab from the header line.</summary>
    public char? Delimiter { get; init; }
}
