using System.Collections.Immutable;
using KanoKit.Reporting;
using KanoKit.Statistics;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit;

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
    /// <exception cref="ArgumentException">Two features share a name.</exception>
    public static KanoReport Analyze(IEnumerable<FeatureTally> features, KanoOptions? options = null, long? respondents = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        options ??= KanoOptions.Default;
        return Build(features.Select(f => FeatureStatistics.Compute(f, options)), options, respondents);
    }

    /// <summary>
    /// Analyses published category counts (no answer pairs, so <see cref="FeatureResult.Continuous"/> is
    /// <see langword="null"/>); results keep the input order.
    /// </summary>
    /// <exception cref="ArgumentException">Two features share a name.</exception>
    public static KanoReport Analyze(IEnumerable<FeatureCounts> features, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        options ??= KanoOptions.Default;
        return Build(
            features.Select(f => FeatureStatistics.Compute(f.Name, f.Counts, null, f.Missing, options)),
            options,
            respondents: null);
    }

    /// <summary>Tallies every feature of a survey and analyses the tallies.</summary>
    public static KanoReport Analyze(KanoSurvey survey, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return Analyze(survey.Tallies(), options, survey.RespondentCount);
    }

    /// <summary>
    /// Analyses one feature. The Better–Worse quadrant uses <see cref="KanoOptions.QuadrantThreshold"/>:
    /// a split at feature means needs the whole report (<see cref="Analyze(IEnumerable{FeatureTally}, KanoOptions?, long?)"/>).
    /// </summary>
    public static FeatureResult AnalyzeFeature(string name, PairTally tally, KanoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FeatureStatistics.Compute(new FeatureTally(name, tally), options ?? KanoOptions.Default);
    }

    /// <summary>
    /// Analyses every feature overall and within each segment (a value of a segment column); segment results carry
    /// their own quadrant thresholds when the split is at feature means.
    /// </summary>
    /// <param name="features">The overall tallies.</param>
    /// <param name="segments">Per segment value, its respondents and tallies.</param>
    /// <param name="options">The analysis settings; <see cref="KanoOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="respondents">Respondents read, if known.</param>
    public static KanoReport Analyze(
        IEnumerable<FeatureTally> features, IEnumerable<SegmentTallies> segments, KanoOptions? options = null, long? respondents = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        options ??= KanoOptions.Default;
        var overall = Analyze(features, options, respondents);
        var segmentReports = segments
            .Select(s => new SegmentReport(s.Column, s.Value, s.Respondents, Analyze(s.Tallies, options, s.Respondents).Features))
            .ToImmutableArray();
        return overall with { Segments = segmentReports };
    }

    private static KanoReport Build(IEnumerable<FeatureResult> results, KanoOptions options, long? respondents)
    {
        var features = results.ToImmutableArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!names.Add(feature.Name))
            {
                throw new ArgumentException($"Two features are named '{feature.Name}'; feature names identify results and must be unique.", nameof(results));
            }
        }

        double betterThreshold = options.QuadrantThreshold;
        double worseThreshold = options.QuadrantThreshold;
        if (options.QuadrantSplit == QuadrantSplit.FeatureMeans)
        {
            var defined = features.Where(f => f.Better.HasValue && f.Worse.HasValue).ToArray();
            if (defined.Length > 0)
            {
                betterThreshold = defined.Average(f => f.Better!.Value);
                worseThreshold = defined.Average(f => Math.Abs(f.Worse!.Value));
                features = features
                    .Select(f => f.Better is { } b && f.Worse is { } w
                        ? f with { Quadrant = Satisfaction.Quadrant(b, w, betterThreshold, worseThreshold) }
                        : f)
                    .ToImmutableArray();
            }
        }

        var settings = new ReportSettings(
            options.Table.Name,
            [.. options.Table.Rows()],
            options.TieRule.BandPercentagePoints,
            options.FongZ,
            options.Confidence,
            options.IntervalMethod,
            betterThreshold,
            worseThreshold);
        return new KanoReport { Settings = settings, Respondents = respondents, Features = features };
    }
}
