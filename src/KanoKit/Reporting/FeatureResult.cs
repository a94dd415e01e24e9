using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>
/// Everything KanoKit reports for one feature. Numbers are full doubles and fractions (0.05, not 5 %); a value
/// that is undefined for the data (no pair, no signal pair) is <see langword="null"/>, never 0.
/// </summary>
public sealed record FeatureResult
{
    /// <summary>The feature's name as the source gives it.</summary>
    public required string Name { get; init; }

    /// <summary>Valid pairs: both answers given.</summary>
    public required long N { get; init; }

    /// <summary>Pairs with a missing side.</summary>
    public required long Missing { get; init; }

    /// <summary>Pairs a lenient reader rejected (unreadable answers, damaged rows); n + missing + rejected = respondents read.</summary>
    public long Rejected { get; init; }

    /// <summary>Category counts under the report's evaluation table.</summary>
    public required CategoryCounts Counts { get; init; }

    /// <summary>Each category's share of <see cref="N"/>, as fractions that add up to 1; <see langword="null"/> when N = 0.</summary>
    public CategoryValues<double>? Shares { get; init; }

    /// <summary>The dominant category under the report's tie rule; <see langword="null"/> when N = 0.</summary>
    public KanoCategory? Category { get; init; }

    /// <summary>Whether the dominant category was chosen by the tie rule among tied categories.</summary>
    public bool Tie { get; init; }

    /// <summary>Better (CS+) = (A + O) / (A + O + M + I); <see langword="null"/> when A + O + M + I = 0.</summary>
    public double? Better { get; init; }

    /// <summary>Worse (CS−) = −(O + M) / (A + O + M + I); <see langword="null"/> when A + O + M + I = 0.</summary>
    public double? Worse { get; init; }

    /// <summary>The Better–Worse diagram category (A, O, M or I); <see langword="null"/> when Better is.</summary>
    public KanoCategory? Quadrant { get; init; }

    /// <summary>Highest minus second-highest category share (Lee &amp; Newcomb 1997); <see langword="null"/> when N = 0.</summary>
    public double? CategoryStrength { get; init; }

    /// <summary>A + O + M share (Lee &amp; Newcomb 1997); <see langword="null"/> when N = 0.</summary>
    public double? TotalStrength { get; init; }

    /// <summary>Fong's test of the top two categories; <see langword="null"/> when N = 0.</summary>
    public FongResult? Fong { get; init; }

    /// <summary>DuMouchel's continuous scores; <see langword="null"/> when the source has only category counts.</summary>
    public ContinuousScores? Continuous { get; init; }

    /// <summary>Chi-square test of M, O, A, I against equal shares; <see langword="null"/> when M + O + A + I = 0.</summary>
    public ChiSquareResult? GoodnessOfFit { get; init; }

    /// <summary>Self-stated importance (count, mean, sample SD), where the survey asked for it; otherwise <see langword="null"/>.</summary>
    public ImportanceSummary? Importance { get; init; }

    /// <summary>Confidence intervals, when the options ask for them and N &gt; 0.</summary>
    public FeatureIntervals? Intervals { get; init; }

    /// <summary>
    /// How often the dominant category stays dominant over the bootstrap resamples, and the runner-up; only with
    /// <see cref="IntervalMethod.Bootstrap"/> intervals (and a tally), otherwise <see langword="null"/>.
    /// </summary>
    public CategoryStability? Stability { get; init; }

    /// <summary>
    /// The decision of the grouped or evidence category rule, in priority order M, O, A, I, R, Q: one category, or
    /// several the data cannot separate (e.g. M and O for "M/O"); <see langword="null"/> under plurality and band
    /// and when there is no pair. <see cref="Category"/> is its first category.
    /// </summary>
    public EquatableArray<KanoCategory>? Categories { get; init; }

    /// <summary>
    /// Whether the questionable share Q / N lies above <see cref="ReportSettings.QuestionableFlag"/>; <see langword="null"/>
    /// when no flag threshold was set or N = 0.
    /// </summary>
    public bool? QuestionableFlag { get; init; }
}

/// <summary>Self-stated importance of a feature.</summary>
/// <param name="N">Importance answers given.</param>
/// <param name="Mean">Their mean; <see langword="null"/> with none.</param>
/// <param name="Sd">Their sample (n − 1) standard deviation; <see langword="null"/> with fewer than two.</param>
public sealed record ImportanceSummary(long N, double? Mean, double? Sd)
{
    /// <summary>
    /// The lowest point of the scale the answers were given on (a verbal scale's first point, or the smallest number
    /// given), so that a mean on a 1–9 scale is not read as one on 1–5; <see langword="null"/> when unknown.
    /// </summary>
    public double? ScaleMin { get; init; }

    /// <summary>
    /// The highest point of the scale the answers were given on (a verbal scale's last point, or the largest number
    /// given); <see langword="null"/> when unknown.
    /// </summary>
    public double? ScaleMax { get; init; }
}
