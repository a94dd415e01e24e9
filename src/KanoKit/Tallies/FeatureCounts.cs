namespace KanoKit.Tallies;

/// <summary>
/// A feature's name and its category counts, for published tables that list only A, O, M, I, R, Q
/// (no answer pairs, so no continuous scores).
/// </summary>
/// <param name="Name">The feature's name.</param>
/// <param name="Counts">The category counts.</param>
/// <param name="Missing">Pairs the source reports as missing, if any.</param>
public readonly record struct FeatureCounts(string Name, CategoryCounts Counts, long Missing = 0);
