using KanoKit.Reporting;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Analysis;

/// <summary>Kano analysis after respondent screening: the tallies without the excluded respondents, and the report saying who was excluded by which rule.</summary>
public static class ScreenedAnalysis
{
    /// <summary>
    /// Analyses <see cref="ScreenedTallies.Without"/> of <paramref name="read"/> and records in
    /// <see cref="KanoReport.Exclusions"/> how many respondents were screened, excluded, and flagged by each rule.
    /// </summary>
    /// <param name="read">The tallies as read.</param>
    /// <param name="screening">The screening of the same source's respondent-level survey.</param>
    /// <param name="options">The analysis settings; <see cref="KanoOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">See <see cref="ScreenedTallies.Without"/>.</exception>
    public static KanoReport Analyze(SurveyTallies read, ScreeningResult screening, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(screening);
        var report = ScreenedTallies.Without(read, screening).Analyze(options);
        return report with
        {
            Exclusions = new RespondentExclusions(
                screening.Measures.Length,
                screening.Excluded.Length,
                [.. screening.Rules.Select(r => new ExclusionCount(r.Rule.ToString(), r.Count))]),
        };
    }
}
