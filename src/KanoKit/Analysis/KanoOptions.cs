using KanoKit.Statistics;

namespace KanoKit.Analysis;

/// <summary>Where the Better–Worse diagram is split.</summary>
public enum QuadrantSplit
{
    /// <summary>At <see cref="KanoOptions.QuadrantThreshold"/> on both axes (0.5 by convention).</summary>
    Fixed = 0,

    /// <summary>At the mean Better and the mean |Worse| over the report's features.</summary>
    FeatureMeans = 1,
}

/// <summary>
/// Every choice an analysis makes, in one immutable object passed from the entry point to where it is used.
/// Change a setting with a <c>with</c> expression: <c>KanoOptions.Default with { Confidence = 0.9 }</c>.
/// </summary>
public sealed record KanoOptions
{
    /// <summary>The standard table, exact ties, Fong's z = 1.65, 95 % Wilson intervals, Better–Worse split at 0.5.</summary>
    public static KanoOptions Default { get; } = new();

    /// <summary>The evaluation table that classifies answer pairs.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public EvaluationTable Table { get; init => field = value ?? throw new ArgumentNullException(nameof(Table)); } = EvaluationTable.Standard;

    /// <summary>How ties for the dominant category are broken.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TieRule TieRule { get; init => field = value ?? throw new ArgumentNullException(nameof(TieRule)); } = TieRule.Exact;

    /// <summary>The normal quantile of Fong's test (1.65: α = 0.05 one-sided), in (0, 10].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in (0, 10].</exception>
    public double FongZ
    {
        get;
        init => field = value > 0 && value <= 10
            ? value
            : throw new ArgumentOutOfRangeException(nameof(FongZ), value, "z is a positive normal quantile of at most 10, e.g. 1.65.");
    } = Fong.DefaultZ;

    /// <summary>The two-sided confidence level of intervals, in [0.5, 0.999999].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0.5, 0.999999].</exception>
    public double Confidence
    {
        get;
        init => field = value >= 0.5 && value <= 0.999999
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Confidence), value, "A confidence level lies between 0.5 and 0.999999, e.g. 0.95.");
    } = 0.95;

    /// <summary>How proportion intervals are computed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined method.</exception>
    public IntervalMethod IntervalMethod
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(IntervalMethod), value, "Not an interval method.");
    } = IntervalMethod.Wilson;

    /// <summary>
    /// The number of multinomial bootstrap resamples per feature (and per segment) with
    /// <see cref="IntervalMethod.Bootstrap"/>, from 1 to 10,000,000 (default 2,000).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 1 or above 10,000,000.</exception>
    public int Resamples
    {
        get;
        init => field = value is >= 1 and <= 10_000_000
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Resamples), value, "Resamples are between 1 and 10,000,000, e.g. 2000.");
    } = 2000;

    /// <summary>
    /// The seed of every random step (default <see cref="DefaultSeed"/>). Each feature in each segment draws from its own
    /// stream derived from this seed, the segment's position and the feature's position, so the same seed gives
    /// bit-identical results.
    /// </summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>The default <see cref="Seed"/>: 20261125.</summary>
    public const ulong DefaultSeed = 20261125;

    /// <summary>
    /// How a feature's category is decided (default <see cref="Statistics.CategoryRule.Plurality"/>). With
    /// <see cref="CategoryRuleKind.Plurality"/>, <see cref="TieRule"/> applies (its band makes it the band rule);
    /// <see cref="Statistics.CategoryRule.Band(double)"/> with width w decides exactly as <see cref="TieRule.Band(double)"/>
    /// with w; <see cref="CategoryRuleKind.Grouped"/> and <see cref="CategoryRuleKind.Evidence"/> also list their decision
    /// in <see cref="Reporting.FeatureResult.Categories"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public CategoryRule CategoryRule { get; init => field = value ?? throw new ArgumentNullException(nameof(CategoryRule)); } = CategoryRule.Plurality;

    /// <summary>
    /// The tie rule the category decision uses under <see cref="CategoryRule"/>: <see cref="TieRule"/> for plurality,
    /// the rule's band for band, exact ties otherwise.
    /// </summary>
    internal TieRule EffectiveTieRule => CategoryRule.Kind switch
    {
        CategoryRuleKind.Plurality => TieRule,
        CategoryRuleKind.Band => TieRule.Band(CategoryRule.BandFraction),
        _ => TieRule.Exact,
    };

    /// <summary>
    /// Flag a feature whose questionable share Q / N lies above this fraction (e.g. 0.1: more than 10 % contradictory
    /// answer pairs suggest the question was misunderstood), in [0, 1]; <see langword="null"/> (the default) flags nothing
    /// and leaves <see cref="Reporting.FeatureResult.QuestionableFlag"/> null.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1].</exception>
    public double? QuestionableFlag
    {
        get;
        init => field = value is null or (>= 0 and <= 1)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(QuestionableFlag), value, "The Q-rate flag is a fraction between 0 and 1, e.g. 0.1.");
    }

    /// <summary>Whether results carry confidence intervals for Better, Worse and each category share.</summary>
    public bool IncludeIntervals { get; init; } = true;

    /// <summary>Where the Better–Worse diagram is split.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined split.</exception>
    public QuadrantSplit QuadrantSplit
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(QuadrantSplit), value, "Not a quadrant split.");
    } = QuadrantSplit.Fixed;

    /// <summary>The split of both Better–Worse axes with <see cref="QuadrantSplit.Fixed"/>, in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1].</exception>
    public double QuadrantThreshold
    {
        get;
        init => field = value >= 0 && value <= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(QuadrantThreshold), value, "Better and |Worse| lie in [0, 1], so the split does too.");
    } = 0.5;
}
