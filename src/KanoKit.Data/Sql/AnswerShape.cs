using System.Collections.Immutable;

namespace KanoKit.Data.Sql;

/// <summary>How a table holds Kano answers: <see cref="WideAnswers"/> or <see cref="LongAnswers"/>.</summary>
public abstract class AnswerShape
{
    private protected AnswerShape(IEnumerable<string>? segments)
    {
        Segments = [.. segments ?? []];
        if (Segments.Any(string.IsNullOrEmpty) || Segments.Distinct(StringComparer.Ordinal).Count() != Segments.Length)
        {
            throw new ArgumentException("Segment columns are non-empty and distinct.", nameof(segments));
        }
    }

    /// <summary>Segment columns: every feature is also counted within each value of each of them.</summary>
    public ImmutableArray<string> Segments { get; }
}

/// <summary>One feature of a wide table: its name and its two answer columns.</summary>
/// <param name="Feature">The feature's name as reports show it.</param>
/// <param name="Functional">The column of the functional answers.</param>
/// <param name="Dysfunctional">The column of the dysfunctional answers.</param>
public sealed record WideFeature(string Feature, string Functional, string Dysfunctional);

/// <summary>One row per respondent, two answer columns per feature (and optional segment columns).</summary>
public sealed class WideAnswers : AnswerShape
{
    /// <summary>Describes a wide table.</summary>
    /// <exception cref="ArgumentException">No feature, or two features share a name.</exception>
    public WideAnswers(IEnumerable<WideFeature> features, IEnumerable<string>? segments = null)
        : base(segments)
    {
        ArgumentNullException.ThrowIfNull(features);
        Features = [.. features];
        if (Features.Length == 0 || Features.Select(f => f.Feature).Distinct(StringComparer.Ordinal).Count() != Features.Length)
        {
            throw new ArgumentException("A wide table has at least one feature and each feature once.", nameof(features));
        }
    }

    /// <summary>The features in survey order.</summary>
    public ImmutableArray<WideFeature> Features { get; }
}

/// <summary>One row per respondent and feature: respondent, feature, functional, dysfunctional (and optional segment columns).</summary>
public sealed class LongAnswers : AnswerShape
{
    /// <summary>Describes a long table by its column names.</summary>
    public LongAnswers(
        string respondent = "respondent", string feature = "feature", string functional = "functional", string dysfunctional = "dysfunctional",
        IEnumerable<string>? segments = null)
        : base(segments)
    {
        ArgumentException.ThrowIfNullOrEmpty(respondent);
        ArgumentException.ThrowIfNullOrEmpty(feature);
        ArgumentException.ThrowIfNullOrEmpty(functional);
        ArgumentException.ThrowIfNullOrEmpty(dysfunctional);
        Respondent = respondent;
        Feature = feature;
        Functional = functional;
        Dysfunctional = dysfunctional;
    }

    /// <summary>The respondent id column; respondents are its distinct values.</summary>
    public string Respondent { get; }

    /// <summary>The feature name column.</summary>
    public string Feature { get; }

    /// <summary>The functional answer column.</summary>
    public string Functional { get; }

    /// <summary>The dysfunctional answer column.</summary>
    public string Dysfunctional { get; }
}
