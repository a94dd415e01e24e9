using System.Globalization;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>Writes a report as an aligned plain-text table for people: one row per feature.</summary>
public static class ReportTable
{
    private static readonly string[] Headings = ["feature", "n", "missing", "rejected", "A", "O", "M", "I", "R", "Q", "category", "Better", "Worse", "Fong"];

    /// <summary>
    /// Writes columns feature, n, missing, rejected, A O M I R Q, category (with <c>*</c> where a tie rule chose it, and a
    /// mixed decision of the evidence rule as its letters, e.g. <c>M/O</c>), Better, Worse (three decimals) and Fong
    /// (significant or not); then, when the report has them, stability (the share of bootstrap resamples in which the
    /// category stays dominant, and the runner-up with its share) and the Q rate (percent, <c>!</c> when flagged); then
    /// a line on the settings and, after exclusions, a line per rule. Undefined values show as "–".
    /// </summary>
    public static void Write(KanoReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        bool stability = report.Features.Any(f => f.Stability is not null);
        bool questionable = report.Features.Any(f => f.QuestionableFlag is not null);
        string[] headings = [.. Headings, .. stability ? new[] { "stability" } : [], .. questionable ? new[] { "Q rate %" } : []];
        var rows = new List<string[]> { headings };
        foreach (var feature in report.Features)
        {
            var c = feature.Counts;
            string[] row =
            [
                feature.Name,
                Integer(feature.N),
                Integer(feature.Missing),
                Integer(feature.Rejected),
                Integer(c.A), Integer(c.O), Integer(c.M), Integer(c.I), Integer(c.R), Integer(c.Q),
                feature.Categories is { Count: > 1 } ? DisplayNumber.Decision(feature) : feature.Category is { } category ? category.DisplayName() + (feature.Tie ? "*" : string.Empty) : "–",
                Number(feature.Better),
                Number(feature.Worse),
                feature.Fong is { } fong ? (fong.Significant ? "significant" : "not significant") : "–",
            ];
            rows.Add([.. row, .. stability ? new[] { DisplayNumber.Stability(feature.Stability) } : [], .. questionable ? new[] { DisplayNumber.QuestionableRate(feature) } : []]);
        }

        var widths = new int[headings.Length];
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i is 0 or 10 or 13 || (stability && i == 14) ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var s = report.Settings;
        writer.WriteLine();
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Features.Count} features{(report.Respondents is long r ? $", {r} respondents" : string.Empty)}; table {s.Table}; {Rule(s)}; Fong z = {s.FongZ}{Intervals(report)}."));
        if (report.Exclusions is { } exclusions)
        {
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Excluded {exclusions.Excluded} of {exclusions.Screened} respondents before tallying: {string.Join(", ", exclusions.Rules.Select(rule => $"{rule.Rule} {rule.Count}"))} (a respondent may meet several rules)."));
        }
    }

    /// <summary>The category rule in a few words for the settings line.</summary>
    private static string Rule(ReportSettings s) => s.CategoryRule switch
    {
        "grouped" => "category rule grouped (A+O+M against I+R+Q first, Matzler & Hinterhuber 1998)",
        "evidence" => s.StabilityThreshold is { } threshold
            ? string.Create(CultureInfo.InvariantCulture, $"category rule evidence (one category when its stability ≥ {threshold}, else e.g. M/O)")
            : "category rule evidence (one category when Fong's test separates the top two, else e.g. M/O)",
        _ => string.Create(CultureInfo.InvariantCulture, $"ties {(s.TieBand == 0 ? "exact" : $"within {s.TieBand:0.###} of the top share")} (M > O > A > I > R > Q, * = tie)"),
    };

    private static string Intervals(KanoReport report)
    {
        var s = report.Settings;
        return s.IntervalMethod == IntervalMethod.Bootstrap && s.Resamples is { } resamples
            ? string.Create(CultureInfo.InvariantCulture, $"; {s.Confidence * 100:0.#} % bootstrap intervals, {resamples} resamples, seed {s.Seed}")
            : string.Empty;
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Three decimals; a value that rounds to zero prints as 0.000, never −0.000.</summary>
    private static string Number(double? value) => value is { } v ? (Math.Round(v, 3) == 0 ? 0.0 : v).ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
