using System.Globalization;
using KanoKit.Reporting;
using KanoKit.Writing;
using ScottPlot;

namespace KanoKit.Plots;

/// <summary>The standard Kano charts of a report. Colours: the Okabe–Ito palette (<see cref="CategoryPalette"/>).</summary>
public static class KanoCharts
{
    private static readonly MarkerShape[] SeriesShapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown, MarkerShape.Eks, MarkerShape.Cross];

    /// <summary>
    /// The Better–Worse diagram (Berger et al. 1993): x = |Worse|, y = Better, both axes 0 to 1, split where the
    /// report's settings split it; one labelled point per feature coloured by its dominant category, optionally with
    /// interval whiskers, area by importance, or one series per segment.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="ChartOptions.Segment"/> names no segment of the report.</exception>
    public static KanoChart BetterWorse(KanoReport report, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ChartOptions.Default;
        var s = report.Settings;
        var points = new List<ScatterPoint>();
        var extraLegend = new List<LegendItem>();
        string subject;
        if (options.SeriesPerSegment && report.Segments.Count > 0)
        {
            subject = " by segment";
            for (int i = 0; i < report.Segments.Count; i++)
            {
                var segment = report.Segments[i];
                var shape = SeriesShapes[i % SeriesShapes.Length];
                points.AddRange(BetterWorsePoints(segment.Features, options, shape, $" ({segment.Value})"));
                extraLegend.Add(new LegendItem { LabelText = $"{segment.Column} = {segment.Value}", MarkerShape = shape, MarkerSize = 9, MarkerFillColor = Colors.Black, MarkerLineColor = Colors.Black });
            }
        }
        else
        {
            (var features, subject) = Analysis(report, options.Segment);
            points.AddRange(BetterWorsePoints(features, options, MarkerShape.FilledCircle, string.Empty));
        }

        bool whiskers = options.ShowIntervals && points.Any(p => p.XRange is not null);
        string caption = $"Quadrant lines {KanoLegend.QuadrantSplit(s, report.Features)}."
            + (whiskers ? string.Create(CultureInfo.InvariantCulture, $" Whiskers: {s.Confidence * 100:0.#} % {Whiskers(s)}.") : string.Empty)
            + (options.SizeByImportance ? " Point area: mean self-stated importance." : string.Empty);
        var spec = new ScatterSpec(
            "Better–Worse diagram" + subject, "|Worse| (dissatisfaction when absent)", "Better (satisfaction when present)", caption,
            0, 1, s.WorseThreshold, s.BetterThreshold, points, extraLegend);
        return new KanoChart(spec.Title, caption, options, (w, h) => ScatterChart.Build(spec, w, h, options.FontName));
    }

    /// <summary>What the whiskers are: Wilson, Clopper–Pearson, or percentile bootstrap intervals with their resamples and seed.</summary>
    private static string Whiskers(ReportSettings s) => s.IntervalMethod switch
    {
        Statistics.IntervalMethod.Wilson => "Wilson intervals",
        Statistics.IntervalMethod.ClopperPearson => "Clopper–Pearson intervals",
        _ => string.Create(CultureInfo.InvariantCulture, $"percentile bootstrap intervals ({s.Resamples} multinomial resamples, seed {s.Seed})"),
    };

    /// <summary>
    /// DuMouchel's continuous plot (in Berger et al. 1993): x = mean dysfunctional score, y = mean functional score,
    /// both axes over the full score range −2 to 4, cut lines at 2, bars ± one standard deviation. Descriptive.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="ChartOptions.Segment"/> names no segment of the report.</exception>
    public static KanoChart Continuous(KanoReport report, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ChartOptions.Default;
        var (features, subject) = Analysis(report, options.Segment);
        var points = features
            .Where(f => f.Continuous is { FunctionalMean: not null, DysfunctionalMean: not null })
            .Select(f =>
            {
                var c = f.Continuous!;
                double x = c.DysfunctionalMean!.Value, y = c.FunctionalMean!.Value;
                return new ScatterPoint(
                    f.Name, x, y, f.Category, 10, MarkerShape.FilledCircle,
                    c.DysfunctionalSd is { } xs ? (x - xs, x + xs) : null,
                    c.FunctionalSd is { } ys ? (y - ys, y + ys) : null);
            })
            .ToList();
        const string caption = "Descriptive (DuMouchel, in Berger et al. 1993): mean scores, bars ±1 SD, cut lines at 2.";
        var spec = new ScatterSpec(
            "Continuous Kano plot" + subject, "Dysfunctional mean (dissatisfaction when absent)", "Functional mean (satisfaction when present)", caption,
            -2, 4, Statistics.ContinuousScores.QuadrantSplit, Statistics.ContinuousScores.QuadrantSplit, points, []);
        return new KanoChart(spec.Title, caption, options, (w, h) => ScatterChart.Build(spec, w, h, options.FontName));
    }

    /// <summary>
    /// One horizontal 100 % stacked bar per feature: the shares of A, O, M, I, R, Q in that order and colour, features
    /// sorted by dominant category (must-be first) then by its share.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="ChartOptions.Segment"/> names no segment of the report.</exception>
    public static KanoChart Categories(KanoReport report, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ChartOptions.Default;
        var (features, subject) = Analysis(report, options.Segment);
        var sorted = FeatureOrdering.Sort(features, FeatureOrder.Category);
        const string caption = "Sorted by dominant category (must-be first), then by its share.";
        return new KanoChart("Kano categories" + subject, caption, options, (w, h) => CategoryBars.Build("Kano categories" + subject, caption, sorted, w, h, options.FontName));
    }

    /// <summary>The features of the analysis <paramref name="segment"/> names (all respondents when null) and a title suffix.</summary>
    internal static (IReadOnlyList<FeatureResult> Features, string Subject) Analysis(KanoReport report, string? segment)
    {
        if (segment is null)
        {
            return (report.Features, string.Empty);
        }

        var match = report.Segments.FirstOrDefault(s => s.Value == segment || $"{s.Column}={s.Value}" == segment)
            ?? throw new ArgumentException(
                $"The report has no segment '{segment}'; it has: {(report.Segments.Count == 0 ? "none" : string.Join(", ", report.Segments.Select(s => $"{s.Column}={s.Value}")))}.",
                nameof(segment));
        return (match.Features, $": {match.Column} = {match.Value}");
    }

    private static IEnumerable<ScatterPoint> BetterWorsePoints(IReadOnlyList<FeatureResult> features, ChartOptions options, MarkerShape shape, string suffix)
    {
        var importances = features.Select(f => f.Importance?.Mean).Where(m => m is not null).Select(m => m!.Value).ToList();
        double low = importances.Count > 0 ? importances.Min() : 0, high = importances.Count > 0 ? importances.Max() : 0;
        foreach (var f in features)
        {
            if (f.Better is not { } better || f.Worse is not { } worse)
            {
                continue;
            }

            float diameter = 10;
            if (options.SizeByImportance && f.Importance?.Mean is { } mean)
            {
                double t = high > low ? (mean - low) / (high - low) : 0.5;
                diameter = (float)Math.Sqrt(36 + (t * (324 - 36)));
            }

            var iv = options.ShowIntervals ? f.Intervals : null;
            var absWorse = iv?.Worse?.Negate();
            yield return new ScatterPoint(
                f.Name + suffix, Math.Abs(worse), better, f.Category, diameter, shape,
                absWorse is { } w ? (w.Lower, w.Upper) : null,
                iv?.Better is { } b ? (b.Lower, b.Upper) : null);
        }
    }
}
