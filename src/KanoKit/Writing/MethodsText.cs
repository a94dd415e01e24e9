using System.Globalization;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>The methods paragraph of a report, written from the settings the report was computed with, and its references.</summary>
public static class MethodsText
{
    /// <summary>The references the paragraph cites, in the order of citation.</summary>
    public static IReadOnlyList<string> References { get; } =
    [
        "Kano, N., Seraku, N., Takahashi, F. & Tsuji, S. (1984). Attractive quality and must-be quality. Hinshitsu (Journal of the Japanese Society for Quality Control), 14(2), 39–48.",
        "Berger, C., Blauth, R., Boger, D., Bolster, C., Burchill, G., DuMouchel, W., Pouliot, F., Richter, R., Rubinoff, A., Shen, D., Timko, M. & Walden, D. (1993). Kano's methods for understanding customer-defined quality. Center for Quality of Management Journal, 2(4), 3–36.",
        "Fong, D. (1996). Using the self-stated importance questionnaire to interpret Kano questionnaire results. Center for Quality of Management Journal, 5(3), 21–24.",
        "Lee, M. C. & Newcomb, J. F. (1997). Applying the Kano methodology to meet customer requirements: NASA's microgravity science program. Quality Management Journal, 4(3), 95–106.",
        "Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. Journal of the American Statistical Association, 22(158), 209–212.",
        "Clopper, C. J. & Pearson, E. S. (1934). The use of confidence or fiducial limits illustrated in the case of the binomial. Biometrika, 26(4), 404–413.",
    ];

    /// <summary>
    /// <see cref="References"/> and, when the report used them, the sources of the bootstrap (Efron &amp; Tibshirani
    /// 1993) and of the grouped category rule (Matzler &amp; Hinterhuber 1998).
    /// </summary>
    public static IReadOnlyList<string> ReferencesFor(KanoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var references = new List<string>(References);
        if (report.Settings.CategoryRule == "grouped")
        {
            references.Add("Matzler, K. & Hinterhuber, H. H. (1998). How to make product development projects more successful by integrating Kano's model of customer satisfaction into quality function deployment. Technovation, 18(1), 25–38.");
        }

        if (report.Settings.IntervalMethod == IntervalMethod.Bootstrap)
        {
            references.Add("Efron, B. & Tibshirani, R. J. (1993). An Introduction to the Bootstrap. New York: Chapman & Hall.");
        }

        return references;
    }

    /// <summary>The paragraph: evaluation table, tie rule, Fong's z, Better/Worse and the diagram's split, strengths, intervals.</summary>
    public static string Paragraph(KanoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Settings;
        var c = CultureInfo.InvariantCulture;
        string table = s.Table switch
        {
            "standard" => "the standard evaluation table of Kano et al. (1984) as given by Berger et al. (1993)",
            "pouliot" => "Pouliot's evaluation table (in Berger et al. 1993), which also counts identical answers to both questions as questionable",
            _ => $"the custom evaluation table \"{s.Table}\"",
        };
        string ties = s.TieBand == 0
            ? "exact ties"
            : string.Create(c, $"categories within {s.TieBand * 100:0.###} percentage points of the most frequent one");
        string interval = s.IntervalMethod switch
        {
            IntervalMethod.ClopperPearson => "Clopper–Pearson exact intervals (Clopper & Pearson 1934)",
            IntervalMethod.Bootstrap => string.Create(c, $"percentile bootstrap intervals (Efron & Tibshirani 1993) from {s.Resamples} resamples per feature (and per segment), each a multinomial draw of the feature's n answer pairs over the 25 cells of its answer-pair table with the observed cell shares as probabilities, so that Better, Worse, |Worse|, every category share and the continuous means are recomputed from each resample; the random streams derive from seed {s.Seed} and the feature's and segment's positions, so the same seed gives the same intervals; features given only as category counts have no answer pairs to resample and get Wilson score intervals (Wilson 1927)"),
            _ => "Wilson score intervals (Wilson 1927)",
        };
        return string.Concat(
            string.Create(c, $"Each respondent's pair of answers to the functional and the dysfunctional question was classified with {table} (rows: functional answer Like, Must-be, Neutral, Live-with, Dislike; columns: the same dysfunctional answers; {string.Join(" ", s.TableRows)}). "),
            Rule(s, ties),
            Exclusions(report),
            string.Create(c, $"Fong's (1996) test with z = {s.FongZ} tells whether the two most frequent categories differ significantly. "),
            string.Create(c, $"The satisfaction coefficients are Better = (A + O) / (A + O + M + I) and Worse = −(O + M) / (A + O + M + I) (Berger et al. 1993); the Better–Worse diagram is split {KanoLegend.QuadrantSplit(s, report.Features)}. "),
            "Category strength (the difference between the two largest category shares) and total strength (A + O + M) follow Lee & Newcomb (1997). ",
            report.Features.Any(f => f.Intervals is not null)
                ? string.Create(c, $"Intervals are two-sided {s.Confidence * 100:0.#} % {interval}; the interval of Worse is that of (O + M) / (A + O + M + I), negated. ")
                : "No confidence intervals were computed. ",
            "The continuous analysis (DuMouchel, in Berger et al. 1993) scores functional answers 4, 2, 0, −1, −2 and dysfunctional answers −2, −1, 0, 2, 4 and is descriptive.",
            s.QuestionableFlag is { } flag
                ? string.Create(c, $" Features with more than {flag * 100:0.#} % questionable answer pairs are flagged, as such contradictions suggest the questions were misunderstood.")
                : string.Empty);
    }

    /// <summary>The sentence on how a feature's category was decided, for the rule the report was computed with.</summary>
    private static string Rule(ReportSettings s, string ties)
    {
        var c = CultureInfo.InvariantCulture;
        string stability = s.Resamples is not null
            ? " The stability of a feature's category is the share of bootstrap resamples in which it is again the most frequent category; the runner-up is the category most frequent in most of the other resamples."
            : string.Empty;
        return s.CategoryRule switch
        {
            "grouped" => "A feature's category was decided by the grouped rule of Matzler & Hinterhuber (1998): when A + O + M exceeds I + R + Q, the most frequent of must-be, one-dimensional and attractive (ties in that order), otherwise the most frequent of indifferent, reverse and questionable (ties in that order)." + stability + " ",
            "evidence" => (s.StabilityThreshold is { } threshold
                ? string.Create(c, $"A feature's category was decided by evidence: the most frequent category is reported alone only when it is the most frequent one in at least {threshold * 100:0.#} % of the bootstrap resamples; otherwise it is reported together with its runner-up as a mixed result such as M/O.")
                : string.Create(c, $"A feature's category was decided by evidence: the most frequent category is reported alone only when Fong's (1996) test with z = {s.FongZ} separates it from every other category; otherwise every category it does not separate is reported with it as a mixed result such as M/O."))
                + stability + " ",
            _ => string.Create(c, $"A feature's category is its most frequent one; for {ties} the first of must-be, one-dimensional, attractive, indifferent, reverse and questionable was taken (Berger et al. 1993).") + stability + " ",
        };
    }

    /// <summary>The sentence on excluded respondents, when exclusion rules were applied.</summary>
    private static string Exclusions(KanoReport report) => report.Exclusions is not { } e
        ? string.Empty
        : string.Create(
            CultureInfo.InvariantCulture,
            $"Before tallying, {e.Excluded} of {e.Screened} respondents were excluded as careless by the rules {string.Join("; ", e.Rules.Select(r => $"{Describe(r.Rule)} ({r.Count} respondents)"))}; a respondent meeting several rules was excluded once, and the excluded respondents are left out of every count, overall and per segment. ");

    private static string Describe(string rule) => rule switch
    {
        "straight-line" => "same answer pair for every feature (straight-lining)",
        _ when rule.StartsWith("q-rate>", StringComparison.Ordinal) => $"share of questionable pairs above {rule[7..]}",
        _ when rule.StartsWith("r-rate>", StringComparison.Ordinal) => $"share of reverse pairs above {rule[7..]}",
        _ when rule.StartsWith("missing-rate>", StringComparison.Ordinal) => $"share of features left unanswered above {rule[13..]}",
        _ when rule.StartsWith("seconds<", StringComparison.Ordinal) => $"completion time below {rule[8..]} seconds",
        _ => rule,
    };
}
