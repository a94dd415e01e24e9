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
            : string.Create(c, $"categories within {s.TieBand} percentage points of the most frequent one");
        string interval = s.IntervalMethod switch
        {
            IntervalMethod.ClopperPearson => "Clopper–Pearson exact intervals (Clopper & Pearson 1934)",
            _ => "Wilson score intervals (Wilson 1927)",
        };
        return string.Concat(
            string.Create(c, $"Each respondent's pair of answers to the functional and the dysfunctional question was classified with {table} (rows: functional answer Like, Must-be, Neutral, Live-with, Dislike; columns: the same dysfunctional answers; {string.Join(" ", s.TableRows)}). "),
            string.Create(c, $"A feature's category is its most frequent one; for {ties} the first of must-be, one-dimensional, attractive, indifferent, reverse and questionable was taken (Berger et al. 1993). "),
            string.Create(c, $"Fong's (1996) test with z = {s.FongZ} tells whether the two most frequent categories differ significantly. "),
            string.Create(c, $"The satisfaction coefficients are Better = (A + O) / (A + O + M + I) and Worse = −(O + M) / (A + O + M + I) (Berger et al. 1993); the Better–Worse diagram is split {KanoLegend.QuadrantSplit(s, report.Features)}. "),
            "Category strength (the difference between the two largest category shares) and total strength (A + O + M) follow Lee & Newcomb (1997). ",
            report.Features.Any(f => f.Intervals is not null)
                ? string.Create(c, $"Intervals are two-sided {s.Confidence * 100:0.#} % {interval}; the interval of Worse is that of (O + M) / (A + O + M + I), negated. ")
                : "No confidence intervals were computed. ",
            "The continuous analysis (DuMouchel, in Berger et al. 1993) scores functional answers 4, 2, 0, −1, −2 and dysfunctional answers −2, −1, 0, 2, 4 and is descriptive.");
    }
}
