using System.Globalization;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>The words every writer uses to explain a report: category names, the legend, the tie rule.</summary>
public static class KanoLegend
{
    /// <summary>One line per term: what A, O, M, I, R, Q, Better, Worse and Fong mean.</summary>
    public static IReadOnlyList<(string Term, string Meaning)> Entries { get; } =
    [
        ("A", "Attractive: delights when present, not missed when absent."),
        ("O", "One-dimensional: satisfaction rises with fulfilment and falls without it."),
        ("M", "Must-be: taken for granted when present, dissatisfies when absent."),
        ("I", "Indifferent: neither presence nor absence matters."),
        ("R", "Reverse: the respondent prefers the feature absent."),
        ("Q", "Questionable: the two answers contradict each other."),
        ("Better", "(A + O) / (A + O + M + I): how much fulfilling the feature adds satisfaction, 0 to 1 (Berger et al. 1993)."),
        ("Worse", "−(O + M) / (A + O + M + I): how much its absence causes dissatisfaction, −1 to 0 (Berger et al. 1993)."),
        ("Fong", "Fong's (1996) test: whether the dominant category is significantly more frequent than the runner-up."),
    ];

    /// <summary>
    /// The legend lines a report needs beyond <see cref="Entries"/>: mixed decisions (evidence rule), the stability
    /// column (bootstrap) and the Q-rate flag, each only when the report has them.
    /// </summary>
    public static IReadOnlyList<(string Term, string Meaning)> Extra(KanoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var features = report.Features.Concat(report.Segments.SelectMany(s => s.Features)).ToList();
        var lines = new List<(string, string)>();
        if (features.Any(f => f.Categories is { Count: > 1 }))
        {
            lines.Add(("M/O", "A mixed result: the data cannot tell these categories apart (" + RuleEvidence(report.Settings) + "), so all of them are reported, strongest first."));
        }

        if (features.Any(f => f.Stability is not null))
        {
            lines.Add(("Stability", string.Create(
                CultureInfo.InvariantCulture,
                $"How often the category stays on top when the survey is re-drawn at random {report.Settings.Resamples} times (bootstrap): 0.93 means in 93 % of the re-draws; in brackets the category that most often takes its place, and how often.")));
        }

        if (report.Settings.QuestionableFlag is { } flag && features.Any(f => f.QuestionableFlag is not null))
        {
            lines.Add(("Q rate %", string.Create(
                CultureInfo.InvariantCulture,
                $"The share of contradictory (questionable) answer pairs in percent; ! marks more than {flag * 100:0.#} %, a hint that respondents misunderstood the feature's questions.")));
        }

        return lines;
    }

    private static string RuleEvidence(ReportSettings settings) =>
        settings.StabilityThreshold is { } threshold
            ? string.Create(CultureInfo.InvariantCulture, $"the dominant category stays on top in fewer than {threshold * 100:0.#} % of the bootstrap re-draws")
            : "Fong's test does not separate them";

    /// <summary>The category as people write it: Attractive, One-dimensional, Must-be, Indifferent, Reverse, Questionable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string Name(KanoCategory category) => category switch
    {
        KanoCategory.Attractive => "Attractive",
        KanoCategory.OneDimensional => "One-dimensional",
        KanoCategory.MustBe => "Must-be",
        KanoCategory.Indifferent => "Indifferent",
        KanoCategory.Reverse => "Reverse",
        KanoCategory.Questionable => "Questionable",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category."),
    };

    /// <summary>The tie rule in words, e.g. "exact ties are resolved must-be, then one-dimensional, …".</summary>
    public static string TieRule(ReportSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        string which = settings.TieBand == 0
            ? "When categories are exactly equally frequent"
            : string.Create(CultureInfo.InvariantCulture, $"When categories lie within {settings.TieBand * 100:0.###} percentage points of the most frequent one");
        return which + ", the first of must-be, one-dimensional, attractive, indifferent, reverse, questionable is taken (Berger et al. 1993) and the category is marked *.";
    }

    /// <summary>Where the Better–Worse diagram is split, in words (at 0.5, at the feature means, or at the stated values).</summary>
    public static string QuadrantSplit(ReportSettings settings, IReadOnlyList<FeatureResult> features)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(features);
        double b = settings.BetterThreshold, w = settings.WorseThreshold;
        var defined = features.Where(f => f.Better is not null && f.Worse is not null).ToList();
        bool atMeans = defined.Count > 0
            && Math.Abs(defined.Average(f => f.Better!.Value) - b) < 1e-12
            && Math.Abs(defined.Average(f => Math.Abs(f.Worse!.Value)) - w) < 1e-12;
        if (atMeans && !(b == 0.5 && w == 0.5))
        {
            return string.Create(CultureInfo.InvariantCulture, $"at the feature means (Better = {b:0.###}, |Worse| = {w:0.###})");
        }

        return b == w
            ? string.Create(CultureInfo.InvariantCulture, $"at {b:0.###} on both axes")
            : string.Create(CultureInfo.InvariantCulture, $"at Better = {b:0.###} and |Worse| = {w:0.###}");
    }
}
