using System.Collections.Immutable;
using KanoKit.Tallies;

namespace KanoKit.Surveys;

/// <summary>One feature's answers in a columnar survey: position k of each column is respondent k.</summary>
/// <param name="Name">The feature's name.</param>
/// <param name="Functional">The functional answers, one per respondent (<see cref="Answer.Missing"/> where none was given).</param>
/// <param name="Dysfunctional">The dysfunctional answers, one per respondent.</param>
public sealed record SurveyFeature(string Name, ReadOnlyMemory<Answer> Functional, ReadOnlyMemory<Answer> Dysfunctional)
{
    /// <summary>Tallies the two columns.</summary>
    public PairTally Tally() => PairTally.Count(Functional.Span, Dysfunctional.Span);
}

/// <summary>A respondent attribute read with the survey (a segment, a demographic), one value per respondent.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Values">One value per respondent; empty where the respondent gave none.</param>
public sealed record RespondentColumn(string Name, ImmutableArray<string> Values);

/// <summary>
/// A Kano survey held by column: per feature, a functional and a dysfunctional answer column of one byte per
/// respondent. Respondent-level analyses read this; per-feature statistics only need its tallies.
/// </summary>
public sealed class KanoSurvey
{
    private KanoSurvey(ImmutableArray<string> respondents, ImmutableArray<SurveyFeature> features, ImmutableArray<RespondentColumn> attributes)
    {
        Respondents = respondents;
        Features = features;
        Attributes = attributes;
    }

    /// <summary>Respondent identifiers, in source order.</summary>
    public ImmutableArray<string> Respondents { get; }

    /// <summary>The number of respondents.</summary>
    public int RespondentCount => Respondents.Length;

    /// <summary>The features, in source order.</summary>
    public ImmutableArray<SurveyFeature> Features { get; }

    /// <summary>Other respondent columns the source had (segments, demographics), in source order.</summary>
    public ImmutableArray<RespondentColumn> Attributes { get; }

    /// <summary>Creates a survey from columns.</summary>
    /// <param name="respondents">Respondent identifiers.</param>
    /// <param name="features">Features whose columns each hold one answer per respondent.</param>
    /// <param name="attributes">Other respondent columns, one value per respondent; may be empty.</param>
    /// <exception cref="ArgumentException">A column's length differs from the number of respondents, or two features or attributes share a name.</exception>
    public static KanoSurvey Create(
        IEnumerable<string> respondents,
        IEnumerable<SurveyFeature> features,
        IEnumerable<RespondentColumn>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(features);
        var ids = respondents.ToImmutableArray();
        var featureList = features.ToImmutableArray();
        var attributeList = attributes?.ToImmutableArray() ?? [];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in featureList)
        {
            if (!names.Add(feature.Name))
            {
                throw new ArgumentException($"Two features are named '{feature.Name}'.", nameof(features));
            }

            if (feature.Functional.Length != ids.Length || feature.Dysfunctional.Length != ids.Length)
            {
                throw new ArgumentException(
                    $"Feature '{feature.Name}' has {feature.Functional.Length} functional and {feature.Dysfunctional.Length} dysfunctional answers for {ids.Length} respondents.",
                    nameof(features));
            }
        }

        var attributeNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var attribute in attributeList)
        {
            if (!attributeNames.Add(attribute.Name))
            {
                throw new ArgumentException($"Two attributes are named '{attribute.Name}'.", nameof(attributes));
            }

            if (attribute.Values.Length != ids.Length)
            {
                throw new ArgumentException($"Attribute '{attribute.Name}' has {attribute.Values.Length} values for {ids.Length} respondents.", nameof(attributes));
            }
        }

        return new KanoSurvey(ids, featureList, attributeList);
    }

    /// <summary>The tally of every feature, in feature order.</summary>
    public ImmutableArray<FeatureTally> Tallies() =>
        [.. Features.Select(feature => new FeatureTally(feature.Name, feature.Tally()))];
}
