using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading;

/// <summary>
/// What a survey source held, as read: the tallies (per feature, per segment, respondents), the respondent-level survey
/// when it was asked for, what the reader understood (<see cref="Plan"/>), and every problem found in lenient mode.
/// Analyse it with <c>KanoAnalysis.Analyze(data.Tallies)</c> (or <c>data.Tallies.Analyze()</c>).
/// </summary>
public sealed class SurveyData
{
    private readonly long[] _diagnosticCounts;

    internal SurveyData(ReadPlan plan, SurveyTallies tallies, KanoSurvey? survey, DiagnosticSink sink)
    {
        Plan = plan;
        Tallies = tallies;
        Survey = survey;
        Diagnostics = sink.Kept();
        DiagnosticTotal = sink.Total;
        _diagnosticCounts = sink.Counts();
    }

    /// <summary>The read result of a source that is not read through the layouts (a database, counted shards).</summary>
    internal static SurveyData FromTallies(SurveyLayout layout, SurveyTallies tallies, DiagnosticSink sink) =>
        new(ReadPlan.Resolve(null) with { Layout = layout, HeaderRows = 0 }, tallies, null, sink);

    /// <summary>
    /// The read plan with what detection found filled in: layout, delimiter, extra header rows skipped, the respondent
    /// column and each feature's columns. It can be written back as a survey definition.
    /// </summary>
    public ReadPlan Plan { get; }

    /// <summary>The layout the source was read as.</summary>
    public SurveyLayout Layout => Plan.Layout;

    /// <summary>Per-feature and per-segment tallies (or published category counts) and the respondents read.</summary>
    public SurveyTallies Tallies { get; }

    /// <summary>Respondents read (data rows of a wide file, distinct respondents of a long file); <see langword="null"/> for counted input, which does not say.</summary>
    public long? Respondents => Tallies.Respondents;

    /// <summary>The respondent-level survey, when <see cref="SurveyReadOptions.KeepRespondents"/> asked for it.</summary>
    public KanoSurvey? Survey { get; }

    /// <summary>The problems found in lenient mode (the first 10,000; <see cref="DiagnosticTotal"/> counts them all).</summary>
    public EquatableArray<KanoDiagnostic> Diagnostics { get; }

    /// <summary>How many problems were found in lenient mode.</summary>
    public long DiagnosticTotal { get; }

    /// <summary>How the respondents of a long or tall file were told apart by the read that made this (for tests; see <see cref="Layouts.RespondentCounting"/>).</summary>
    internal Layouts.RespondentCounting Counting { get; set; }

    /// <summary>Extra header rows skipped after the header (stated or detected).</summary>
    public int SkippedHeaderRows => Plan.HeaderRows ?? 0;

    /// <summary>Whether the input had no problem at all.</summary>
    public bool IsClean => DiagnosticTotal == 0;

    /// <summary>How many problems of one kind were found.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined kind.</exception>
    public long DiagnosticCount(DiagnosticKind kind)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)kind, (uint)_diagnosticCounts.Length, nameof(kind));
        return _diagnosticCounts[(int)kind];
    }
}
