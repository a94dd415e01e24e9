using System.Runtime.InteropServices;
using KanoKit.Tallies;

namespace KanoKit.Surveys;

/// <summary>One feature's answers in a columnar survey: position k of each column is respondent k.</summary>
/// <param name="Name">The feature's name.</param>
/// <param name="Functional">The functional answers, one per respondent (<see cref="Answer.Missing"/> where none was given).</param>
/// <param name="Dysfunctional">The dysfunctional answers, one per respondent.</param>
public sealed record SurveyFeature(string Name, EquatableArray<Answer> Functional, EquatableArray<Answer> Dysfunctional)
{
    /// <summary>Tallies the two columns.</summary>
    /// <exception cref="ArgumentException">The columns differ in length or hold a byte that is not an <see cref="Answer"/>.</exception>
    public PairTally Tally() => PairTally.Count(Functional.AsSpan(), Dysfunctional.AsSpan());
}

/// <summary>A respondent attribute read with the survey (a segment, a demographic), one value per respondent.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Values">One value per respondent; empty where the respondent gave none.</param>
public sealed record RespondentColumn(string Name, EquatableArray<string> Values);

/// <summary>
/// A Kano survey held by column: per feature, a functional and a dysfunctional answer column of one byte per
/// respondent. Respondent-level analyses read this; per-feature statistics only need its tallies.
/// </summary>
public sealed class KanoSurvey
{
    private KanoSurvey(EquatableArray<string> respondents, EquatableArray<SurveyFeature> features, EquatableArray<RespondentColumn> attributes)
    {
        Respondents = respondents;
        Features = features;
        Attributes = attributes;
    }

    /// <summary>Respondent identifiers, in source order.</summary>
    public EquatableArray<string> Respondents { get; }

    /// <summary>The number of respondents.</summary>
    public int RespondentCount => Respondents.Count;

    /// <summary>The features, in source order.</summary>
    public EquatableArray<SurveyFeature> Features { get; }

    /// <summary>Other respondent columns the source had (segments, demographics), in source order.</summary>
    public EquatableArray<RespondentColumn> Attributes { get; }

    /// <summary>Creates a survey from columns (copied: later changes to the caller's collections do not reach it).</summary>
    /// <param name="respondents">Respondent identifiers.</param>
    /// <param name="features">Features whose columns each hold one answer per respondent.</param>
    /// <param name="attributes">Other respondent columns, one value per respondent; may be empty.</param>
    /// <exception cref="ArgumentException">
    /// A feature, attribute, name or respondent id is null; a column's length differs from the number of respondents; an
    /// answer is not a defined <see cref="Answer"/>; or two features or attributes share a name.
    /// </exception>
    public static KanoSurvey Create(
        IEnumerable<string> respondents,
        IEnumerable<SurveyFeature> features,
        IEnumerable<RespondentColumn>? attributes = null)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(features);
        var ids = respondents.ToEquatableArray();
        var featureList = features.ToEquatableArray();
        var attributeList = (attributes ?? []).ToEquatableArray();
        if (ids.Items.Contains(null!))
        {
            throw new ArgumentException("A respondent id is null.", nameof(respondents));
        }

        foreach (var feature in featureList)
        {
            RequireFeature(feature, ids.Count, nameof(features));
        }

        foreach (var attribute in attributeList)
        {
            if (attribute?.Name is null || attribute.Values.Items.Contains(null!))
            {
                throw new ArgumentException("An attribute, its name or one of its values is null.", nameof(attributes));
            }

            if (attribute.Values.Count != ids.Count)
            {
                throw new ArgumentException($"Attribute '{attribute.Name}' has {attribute.Values.Count} values for {ids.Count} respondents.", nameof(attributes));
            }
        }

        UniqueNames.Require(featureList.Select(f => f.Name), "features", nameof(features));
        UniqueNames.Require(attributeList.Select(a => a.Name), "attributes", nameof(attributes));
        return new KanoSurvey(ids, featureList, attributeList);
    }

    /// <summary>The tally of every feature, in feature order.</summary>
    public EquatableArray<FeatureTally> Tallies() =>
        Features.Select(feature => new FeatureTally(feature.Name, feature.Tally())).ToEquatableArray();

    private static void RequireFeature(SurveyFeature? feature, int respondents, string parameter)
    {
        if (feature?.Name is null)
        {
            throw new ArgumentException("A feature or its name is null.", parameter);
        }

        if (feature.Functional.Count != respondents || feature.Dysfunctional.Count != respondents)
        {
            throw new ArgumentException(
                $"Feature '{feature.Name}' has {feature.Functional.Count} functional and {feature.Dysfunctional.Count} dysfunctional answers for {respondents} respondents.",
                parameter);
        }

        if (MemoryMarshal.AsBytes(feature.Functional.AsSpan()).IndexOfAnyExceptInRange((byte)Answer.Missing, (byte)Answer.Dislike) >= 0
            || MemoryMarshal.AsBytes(feature.Dysfunctional.AsSpan()).IndexOfAnyExceptInRange((byte)Answer.Missing, (byte)Answer.Dislike) >= 0)
        {
            throw new ArgumentException($"Feature '{feature.Name}' holds a value that is not an Answer (0 = Missing, 1 = Like … 5 = Dislike).", parameter);
        }
    }
}
