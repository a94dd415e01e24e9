namespace KanoKit.Tallies;

/// <summary>A feature's name and its pair tally: the input of per-feature analysis.</summary>
/// <param name="Name">The feature's name as the survey gives it.</param>
/// <param name="Tally">The feature's 25-cell pair tally (valid pairs and missing pairs).</param>
/// <param name="Rejected">Pairs a lenient reader rejected (unreadable answers, damaged rows).</param>
/// <param name="Importance">Self-stated importance answers, where the survey asked for them.</param>
public readonly record struct FeatureTally(string Name, PairTally Tally, long Rejected = 0, ImportanceMoments Importance = default);

/// <summary>
/// A feature's name and its category counts, for published tables that list only A, O, M, I, R, Q
/// (no answer pairs, so no continuous scores).
/// </summary>
/// <param name="Name">The feature's name.</param>
/// <param name="Counts">The category counts.</param>
/// <param name="Missing">Pairs the source reports as missing, if any.</param>
public readonly record struct FeatureCounts(string Name, CategoryCounts Counts, long Missing = 0);

/// <summary>The tallies of one segment: the respondents whose segment column holds <paramref name="Value"/>.</summary>
/// <param name="Column">The segment column.</param>
/// <param name="Value">The segment value.</param>
/// <param name="Respondents">Respondents with this value.</param>
/// <param name="Tallies">One tally per feature, in feature order.</param>
public sealed record SegmentTallies(string Column, string Value, long Respondents, System.Collections.Immutable.ImmutableArray<FeatureTally> Tallies);
