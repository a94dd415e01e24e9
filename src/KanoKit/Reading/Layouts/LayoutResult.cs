using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>What a layout reader produced: the tallies, the respondent-level survey when kept, and what it understood of the columns.</summary>
/// <param name="Tallies">The tallies (or published counts).</param>
/// <param name="Survey">The respondent-level survey, when the plan keeps it.</param>
/// <param name="Respondent">The respondent id column used, if any.</param>
/// <param name="Features">Each feature with the columns it was read from.</param>
internal sealed record LayoutResult(SurveyTallies Tallies, KanoSurvey? Survey, string? Respondent, EquatableArray<FeatureDefinition> Features);
