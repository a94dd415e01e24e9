using System.Collections.Immutable;
using KanoKit.Reporting;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.IO;

/// <summary>
/// What a survey file held: respondent-level answers (<see cref="Survey"/>), counted answer pairs
/// (<see cref="Tallies"/>), or published category counts (<see cref="Counts"/>).
/// </summary>
public sealed class SurveyData
{
    private SurveyData(CsvLayout layout, KanoSurvey? survey, ImmutableArray<FeatureTally> tallies, ImmutableArray<FeatureCounts> counts)
    {
        Layout = layout;
        Survey = survey;
        Tallies = tallies;
        Counts = counts;
    }

    /// <summary>The layout the file was read as.</summary>
    public CsvLayout Layout { get; }

    /// <summary>The respondent-level survey, for <see cref="CsvLayout.Long"/> and <see cref="CsvLayout.Wide"/> files.</summary>
    public KanoSurvey? Survey { get; }

    /// <summary>Per-feature pair tallies (of the survey, or as counted in a cells file); empty for counts files.</summary>
    public ImmutableArray<FeatureTally> Tallies { get; }

    /// <summary>Published category counts, for <see cref="CsvLayout.Counts"/> files; empty otherwise.</summary>
    public ImmutableArray<FeatureCounts> Counts { get; }

    /// <summary>Analyses what was read.</summary>
    public KanoReport Analyze(KanoOptions? options = null) =>
        Layout == CsvLayout.Counts
            ? KanoAnalysis.Analyze(Counts, options)
            : KanoAnalysis.Analyze(Tallies, options, Survey?.RespondentCount);

    internal static SurveyData FromSurvey(CsvLayout layout, KanoSurvey survey) => new(layout, survey, survey.Tallies(), []);

    internal static SurveyData FromTallies(ImmutableArray<FeatureTally> tallies) => new(CsvLayout.Cells, null, tallies, []);

    internal static SurveyData FromCounts(ImmutableArray<FeatureCounts> counts) => new(CsvLayout.Counts, null, [], counts);
}
