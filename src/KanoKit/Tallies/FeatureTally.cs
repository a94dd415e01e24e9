namespace KanoKit.Tallies;

/// <summary>A feature's name and its pair tally: the input of per-feature analysis.</summary>
/// <param name="Name">The feature's name as the survey gives it.</param>
/// <param name="Tally">The feature's 25-cell pair tally (valid pairs and missing pairs).</param>
/// <param name="Rejected">Pairs a lenient reader rejected (unreadable answers, damaged rows).</param>
/// <param name="Importance">Self-stated importance answers, where the survey asked for them.</param>
public readonly record struct FeatureTally(string Name, PairTally Tally, long Rejected = 0, ImportanceMoments Importance = default);
