using System.Collections.Immutable;
using KanoKit.Reporting;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.IO;

/// <summary>
/// What a survey file held: per-feature tallies (or published category counts), per-segment tallies, the
/// respondent-level survey when it was asked for, and every problem found in lenient mode.
/// </summary>
public sealed class SurveyData
{
    private readonly long[] _diagnosticCounts;

    private SurveyData(
        SurveyLayout layout, long respondents, KanoSurvey? survey, ImmutableArray<FeatureTally> tallies, ImmutableArray<FeatureCounts> counts,
        ImmutableArray<SegmentTallies> segments, IReadOnlyList<KanoDiagnostic> diagnostics, long diagnosticTotal, long[] diagnosticCounts, int skippedHeaderRows)
    {
        Layout = layout;
        Respondents = respondents;
        Survey = survey;
        Tallies = tallies;
        Counts = counts;
        Segments = segments;
        Diagnostics = diagnostics;
        DiagnosticTotal = diagnosticTotal;
        _diagnosticCounts = diagnosticCounts;
        SkippedHeaderRows = skippedHeaderRows;
    }

    /// <summary>The layout the file was read as.</summary>
    public SurveyLayout Layout { get; }

    /// <summary>Respondents read (data rows of a wide file, distinct respondents of a long file; 0 for counted input).</summary>
    public long Respondents { get; }

    /// <summary>The respondent-level survey, when <see cref="SurveyReadOptions.KeepRespondents"/> asked for it.</summary>
    public KanoSurvey? Survey { get; }

    /// <summary>Per-feature tallies, in source order; empty for a counts file.</summary>
    public ImmutableArray<FeatureTally> Tallies { get; }

    /// <summary>Published category counts, for <see cref="SurveyLayout.Counts"/> files; empty otherwise.</summary>
    public ImmutableArray<FeatureCounts> Counts { get; }

    /// <summary>Per-segment tallies, when segment columns were given.</summary>
    public ImmutableArray<SegmentTallies> Segments { get; }

    /// <summary>The problems found in lenient mode (the first 10,000; <see cref="DiagnosticTotal"/> counts them all).</summary>
    public IReadOnlyList<KanoDiagnostic> Diagnostics { get; }

    /// <summary>How many problems were found in lenient mode.</summary>
    public long DiagnosticTotal { get; }

    /// <summary>Extra header rows skipped after the header (stated or detected).</summary>
    public int SkippedHeaderRows { get; }

    /// <summary>Whether the input had no problem at all.</summary>
    public bool IsClean => DiagnosticTotal == 0;

    /// <summary>How many problems of one kind were found.</summary>
    public long DiagnosticCount(DiagnosticKind kind) => _diagnosticCounts[(int)kind];

    /// <summary>Analyses what was read: every feature overall and, where segments were read, within each segment.</summary>
    public KanoReport Analyze(KanoOptions? options = null) =>
        Layout == SurveyLayout.Counts
            ? KanoAnalysis.Analyze(Counts, options)
            : KanoAnalysis.Analyze(Tallies, Segments, options, Respondents);

    internal static SurveyData Create(
        SurveyLayout layout, long respondents, KanoSurvey? survey, ImmutableArray<FeatureTally> tallies, ImmutableArray<FeatureCounts> counts,
        ImmutableArray<SegmentTallies> segments, DiagnosticSink sink, int skippedHeaderRows) =>
        new(layout, respondents, survey, tallies, counts, segments, sink.Kept, sink.Total,
            [.. Enum.GetValues<DiagnosticKind>().Select(sink.CountOf)], skippedHeaderRows);
}
