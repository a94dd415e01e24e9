namespace KanoKit.Tallies;

/// <summary>
/// Everything per-feature analysis needs from a survey: each feature's pair tally (or, for a published table, its
/// category counts), the same within each segment value, and how many respondents were read.
/// </summary>
/// <param name="Features">Per-feature tallies, in source order; empty for published category counts.</param>
/// <param name="Segments">Per-segment tallies, when segment columns were read; empty otherwise.</param>
/// <param name="Respondents">Respondents read; <see langword="null"/> when the source does not know them (counted input).</param>
/// <param name="Counts">Published category counts, for sources that hold no answer pairs; empty otherwise.</param>
public sealed record SurveyTallies(
    EquatableArray<FeatureTally> Features,
    EquatableArray<SegmentTallies> Segments = default,
    long? Respondents = null,
    EquatableArray<FeatureCounts> Counts = default);
