using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.Analysis;

/// <summary>
/// The entry point of Kano analysis: turns tallies, published counts or a survey into a <see cref="KanoReport"/>.
/// </summary>
/// <example>
/// <code>
/// var tally = PairTally.Count(functionalAnswers, dysfunctionalAnswers);
/// KanoReport report = KanoAnalysis.Analyze([new FeatureTally("Dark mode", tally)]);
/// Console.WriteLine(report.Features[0].Category);
/// </code>
/// </example>
public static class KanoAnalysis
{
    /// <summary>Analyses each feature's pair tally; results keep the input order.</summary>
    /// <param name="features">The features and their tallies.</param>
    /// <param name="options">The analysis settings; <see cref="KanoOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="respondents">Respondents read from the source, if known, written into the report.</param>
    /// <exception cref="ArgumentException">Two features share a name, or a name is null.</exception>
    public static KanoReport Analyze(IEnumerable<FeatureTally> features, KanoOptions? options = null, long? respondents = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        options ??= KanoOptions.Default;
        return Build([.. features.Select(f => FeatureInput.From(f, options.Table))], options, respondents, segment: 0);
    }

    /// <summary>
    /// Analyses published category counts (no answer pairs, so <see cref="FeatureResult.Continuous"/> is
    /// <see langword="null"/>); results keep the input order.
    /// </summary>
    /// <exception cref="ArgumentException">Two features share a name, or a name is null.</exception>
    public static KanoReport Analyze(IEnumerable<FeatureCounts> features, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        options ??= KanoOptions.Default;
        return Build([.. features.Select(FeatureInput.From)], options, respondents: null, segment: 0);
    }

    /// <summary>Tallies every feature of a survey and analyses the tallies.</summary>
    public static KanoReport Analyze(KanoSurvey survey, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return Analyze(survey.Tallies(), options, survey.RespondentCount);
    }

    /// <summary>
    /// Analyses what a reader produced: every feature overall and, where segments were read, within each segment
    /// (segment results carry their own quadrant thresholds when the split is at feature means).
    /// </summary>
    /// <exception cref="ArgumentException">Two features share a name.</exception>
    public static KanoReport Analyze(this SurveyTallies tallies, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        return tallies.Features.IsEmpty && !tallies.Counts.IsEmpty
            ? Analyze(tallies.Counts, options) with { Respondents = tallies.Respondents }
            : Analyze(tallies.Features, tallies.Segments, options, tallies.Respondents);
    }

    /// <summary>
    /// Analyses one feature. The Better–Worse quadrant uses <see cref="KanoOptions.QuadrantThreshold"/>:
    /// a split at feature means needs the whole report (<see cref="Analyze(IEnumerable{FeatureTally}, KanoOptions?, long?)"/>).
    /// </summary>
    public static FeatureResult AnalyzeFeature(string name, PairTally tally, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        options ??= KanoOptions.Default;
        return FeatureAnalysis.Build(
            FeatureInput.From(new FeatureTally(name, tally), options.Table),
            options,
            new QuadrantThresholds(options.QuadrantThreshold, options.QuadrantThreshold),
            StreamSeed.For(options.Seed, segment: 0, feature: 0));
    }

    /// <summary>
    /// Analyses every feature overall and within each segment (a value of a segment column); segment results carry
    /// their own quadrant thresholds when the split is at feature means.
    /// </summary>
    /// <param name="features">The overall tallies.</param>
    /// <param name="segments">Per segment value, its respondents and tallies.</param>
    /// <param name="options">The analysis settings; <see cref="KanoOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="respondents">Respondents read, if known.</param>
    /// <exception cref="ArgumentException">Two features share a name, or a segment is null.</exception>
    public static KanoReport Analyze(
        IEnumerable<FeatureTally> features, IEnumerable<SegmentTallies> segments, KanoOptions? options = null, long? respondents = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        options ??= KanoOptions.Default;
        var overall = Analyze(features, options, respondents);
        var segmentReports = segments
            .Select((s, index) => s is null
                ? throw new ArgumentException("A segment is null.", nameof(segments))
                : new SegmentReport(
                    s.Column,
                    s.Value,
                    s.Respondents,
                    Build([.. s.Tallies.Select(f => FeatureInput.From(f, options.Table))], options, s.Respondents, segment: index + 1).Features))
            .ToEquatableArray();
        return overall with { Segments = segmentReports };
    }

    /// <summary>The report of one group of features; <paramref name="segment"/> (0 overall, k for the k-th segment) separates random streams.</summary>
    private static KanoReport Build(IReadOnlyList<FeatureInput> inputs, KanoOptions options, long? respondents, int segment)
    {
        bool bootstrap = options.IntervalMethod == IntervalMethod.Bootstrap;
        UniqueNames.Require(inputs.Select(f => f.Name), "features", "features");
        var thresholds = QuadrantThresholds.For(inputs, options);
        var settings = new ReportSettings(
            options.Table.Name,
            [.. options.Table.Rows()],
            options.EffectiveTieRule.Width,
            options.FongZ,
            options.Confidence,
            options.IntervalMethod,
            thresholds.Better,
            thresholds.Worse)
        {
            CategoryRule = options.CategoryRule.Kind == CategoryRuleKind.Plurality ? null : options.CategoryRule.Name,
            Resamples = bootstrap ? options.Resamples : null,
            Seed = bootstrap ? options.Seed : null,
            QuestionableFlag = options.QuestionableFlag,
            StabilityThreshold = bootstrap && options.CategoryRule.Kind == CategoryRuleKind.Evidence ? options.CategoryRule.StabilityThreshold : null,
        };
        return new KanoReport
        {
            Settings = settings,
            Respondents = respondents,
            Features = inputs.Select((input, feature) => FeatureAnalysis.Build(input, options, thresholds, StreamSeed.For(options.Seed, segment, feature))).ToEquatableArray(),
        };
    }
}
