using System.Collections.Immutable;
using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>The settings a report was computed with, written into it so that a reader knows what the numbers mean.</summary>
/// <param name="Table">The evaluation table's name.</param>
/// <param name="TableRows">The evaluation table as five rows of letters.</param>
/// <param name="TieBand">The tie band in percentage points (0: exact ties).</param>
/// <param name="FongZ">The normal quantile of Fong's test.</param>
/// <param name="Confidence">The confidence level of intervals.</param>
/// <param name="IntervalMethod">How intervals were computed.</param>
/// <param name="BetterThreshold">Where the Better axis of the Better–Worse diagram was split.</param>
/// <param name="WorseThreshold">Where the |Worse| axis was split.</param>
public sealed record ReportSettings(
    string Table,
    ImmutableArray<string> TableRows,
    double TieBand,
    double FongZ,
    double Confidence,
    IntervalMethod IntervalMethod,
    double BetterThreshold,
    double WorseThreshold)
{
    /// <inheritdoc />
    public bool Equals(ReportSettings? other) =>
        other is not null
        && Table == other.Table
        && TableRows.SequenceEqual(other.TableRows)
        && TieBand.Equals(other.TieBand)
        && FongZ.Equals(other.FongZ)
        && Confidence.Equals(other.Confidence)
        && IntervalMethod == other.IntervalMethod
        && BetterThreshold.Equals(other.BetterThreshold)
        && WorseThreshold.Equals(other.WorseThreshold);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Table, TieBand, FongZ, Confidence, IntervalMethod, BetterThreshold, WorseThreshold);
}

/// <summary>
/// A Kano analysis of a set of features: the result model that every face (JSON, tables, charts) renders.
/// Serialised as result JSON schema v1 (<see cref="SchemaV1"/>).
/// </summary>
public sealed record KanoReport
{
    /// <summary>The schema identifier of the JSON this report is written as.</summary>
    public const string SchemaV1 = "kanokit/report/v1";

    /// <summary>The schema identifier; <see cref="SchemaV1"/>.</summary>
    public string Schema { get; init; } = SchemaV1;

    /// <summary>The settings the numbers were computed with.</summary>
    public required ReportSettings Settings { get; init; }

    /// <summary>Respondents read from the source, where it has respondents (not for pre-counted input).</summary>
    public long? Respondents { get; init; }

    /// <summary>One result per feature, in source order.</summary>
    public required ImmutableArray<FeatureResult> Features { get; init; }

    /// <summary>The same analysis within each segment value, when segment columns were given; empty otherwise.</summary>
    public ImmutableArray<SegmentReport> Segments { get; init; } = [];

    /// <summary>The result of the feature named <paramref name="name"/> (ordinal comparison).</summary>
    /// <exception cref="KeyNotFoundException">No feature has that name.</exception>
    public FeatureResult this[string name] =>
        Features.FirstOrDefault(feature => feature.Name == name)
        ?? throw new KeyNotFoundException($"The report has no feature named '{name}'.");

    /// <summary>Reports are equal when their schema, settings, respondents and features (in order) are.</summary>
    public bool Equals(KanoReport? other) =>
        other is not null
        && Schema == other.Schema
        && Settings.Equals(other.Settings)
        && Respondents == other.Respondents
        && Features.SequenceEqual(other.Features)
        && Segments.SequenceEqual(other.Segments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema, Settings, Respondents, Features.Length);
}

/// <summary>The analysis of every feature within one value of a segment column.</summary>
/// <param name="Column">The segment column.</param>
/// <param name="Value">The segment value.</param>
/// <param name="Respondents">Respondents with this value.</param>
/// <param name="Features">One result per feature, in source order.</param>
public sealed record SegmentReport(string Column, string Value, long Respondents, ImmutableArray<FeatureResult> Features)
{
    /// <summary>Segment reports are equal when column, value, respondents and features (in order) are.</summary>
    public bool Equals(SegmentReport? other) =>
        other is not null && Column == other.Column && Value == other.Value && Respondents == other.Respondents
        && Features.SequenceEqual(other.Features);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Column, Value, Respondents, Features.Length);
}
