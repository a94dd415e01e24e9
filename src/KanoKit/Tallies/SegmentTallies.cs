namespace KanoKit.Tallies;

/// <summary>The tallies of one segment: the respondents whose segment column holds <paramref name="Value"/>.</summary>
/// <param name="Column">The segment column.</param>
/// <param name="Value">The segment value.</param>
/// <param name="Respondents">Respondents with this value.</param>
/// <param name="Tallies">One tally per feature, in feature order.</param>
public sealed record SegmentTallies(string Column, string Value, long Respondents, EquatableArray<FeatureTally> Tallies);
