using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>
/// A Kano analysis of a set of features: the result model that every face (JSON, tables, charts) renders.
/// Plain immutable data that compares by value; the JSON writer writes it as result JSON schema v1.
/// </summary>
public sealed record KanoReport
{
    /// <summary>The schema identifier of the JSON this report is written as.</summary>
    public const string SchemaV1 = "kanokit/report/v1";

    /// <summary>The schema identifier; <see cref="SchemaV1"/>.</summary>
    public string Schema { get; init; } = SchemaV1;

    /// <summary>The settings the numbers were computed with.</summary>
    public required ReportSettings Settings { get; init; }

    /// <summary>Respondents read from the source, where it has respondents; <see langword="null"/> for pre-counted input.</summary>
    public long? Respondents { get; init; }

    /// <summary>One result per feature, in source order.</summary>
    public required EquatableArray<FeatureResult> Features { get; init; }

    /// <summary>The same analysis within each segment value, when segment columns were given; empty otherwise.</summary>
    public EquatableArray<SegmentReport> Segments { get; init; }

    /// <summary>
    /// The respondents screened out before tallying and by which rule; <see langword="null"/> when no exclusion rule
    /// was applied.
    /// </summary>
    public RespondentExclusions? Exclusions { get; init; }

    /// <summary>The result of the feature named <paramref name="name"/> (ordinal comparison).</summary>
    /// <exception cref="KeyNotFoundException">No feature has that name.</exception>
    public FeatureResult this[string name]
    {
        get
        {
            foreach (var feature in Features)
            {
                if (feature.Name == name)
                {
                    return feature;
                }
            }

            throw new KeyNotFoundException($"The report has no feature named '{name}'.");
        }
    }
}

/// <summary>The settings a report was computed with, written into it so that a reader knows what the numbers mean.</summary>
/// <param name="Table">The evaluation table's name.</param>
/// <param name="TableRows">The evaluation table as five rows of letters.</param>
/// <param name="TieBand">The tie band as a fraction of the valid pairs (0: exact ties).</param>
/// <param name="FongZ">The normal quantile of Fong's test.</param>
/// <param name="Confidence">The confidence level of intervals.</param>
/// <param name="IntervalMethod">How intervals were computed.</param>
/// <param name="BetterThreshold">Where the Better axis of the Better–Worse diagram was split.</param>
/// <param name="WorseThreshold">Where the |Worse| axis was split.</param>
public sealed record ReportSettings(
    string Table,
    EquatableArray<string> TableRows,
    double TieBand,
    double FongZ,
    double Confidence,
    IntervalMethod IntervalMethod,
    double BetterThreshold,
    double WorseThreshold)
{
    /// <summary>
    /// The category rule's name (band, grouped, evidence); <see langword="null"/> for plurality, the default, whose
    /// ties <see cref="TieBand"/> describes. Under band, <see cref="TieBand"/> is the band.
    /// </summary>
    public string? CategoryRule { get; init; }

    /// <summary>Bootstrap resamples per feature with <see cref="IntervalMethod.Bootstrap"/>; otherwise <see langword="null"/>.</summary>
    public int? Resamples { get; init; }

    /// <summary>The seed of the bootstrap with <see cref="IntervalMethod.Bootstrap"/>; otherwise <see langword="null"/>.</summary>
    public ulong? Seed { get; init; }

    /// <summary>
    /// Under the evidence rule with bootstrap stability, the stability a single category needs; otherwise
    /// <see langword="null"/> (the evidence rule without a bootstrap uses Fong's test with <see cref="FongZ"/>).
    /// </summary>
    public double? StabilityThreshold { get; init; }

    /// <summary>The Q-rate above which a feature is flagged (<see cref="FeatureResult.QuestionableFlag"/>); <see langword="null"/> when not asked.</summary>
    public double? QuestionableFlag { get; init; }
}

/// <summary>The analysis of every feature within one value of a segment column.</summary>
/// <param name="Column">The segment column.</param>
/// <param name="Value">The segment value.</param>
/// <param name="Respondents">Respondents with this value.</param>
/// <param name="Features">One result per feature, in source order.</param>
public sealed record SegmentReport(string Column, string Value, long Respondents, EquatableArray<FeatureResult> Features);

/// <summary>The respondents left out of every tally by exclusion rules (careless answering), and why.</summary>
/// <param name="Screened">Respondents screened (all respondents read).</param>
/// <param name="Excluded">Respondents excluded by at least one rule; the report's tallies leave them out.</param>
/// <param name="Rules">Each rule in the order given, with how many respondents it flagged (one respondent may be flagged by several).</param>
public sealed record RespondentExclusions(long Screened, long Excluded, EquatableArray<ExclusionCount> Rules);

/// <summary>How many respondents one exclusion rule flagged.</summary>
/// <param name="Rule">The rule as written: "q-rate&gt;0.3", "straight-line", "seconds&lt;120".</param>
/// <param name="Count">Respondents it flagged.</param>
public sealed record ExclusionCount(string Rule, long Count);
