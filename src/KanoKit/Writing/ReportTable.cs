using System.Globalization;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>Writes a report as an aligned plain-text table for people: one row per feature.</summary>
public static class ReportTable
{
    private static readonly string[] Headings = ["feature", "n", "missing", "rejected", "A", "O", "M", "I", "R", "Q", "category", "Better", "Worse", "Fong"];

    /// <summary>
    /// Writes columns feature, n, missing, rejected, A O M I R Q, category (with <c>*</c> where a tie rule chose it), Better, Worse
    /// (three decimals) and Fong (significant or not), then a line on the settings. Undefined values show as "–".
    /// </summary>
    public static void Write(KanoReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = new List<string[]> { Headings };
        foreach (var feature in report.Features)
        {
            var c = feature.Counts;
            rows.Add(
            [
                feature.Name,
                Integer(feature.N),
                Integer(feature.Missing),
                Integer(feature.Rejected),
                Integer(c.A), Integer(c.O), Integer(c.M), Integer(c.I), Integer(c.R), Integer(c.Q),
                feature.Category is { } category ? category.DisplayName() + (feature.Tie ? "*" : string.Empty) : "–",
                Number(feature.Better),
                Number(feature.Worse),
                feature.Fong is { } fong ? (fong.Significant ? "significant" : "not significant") : "–",
            ]);
        }

        var widths = new int[Headings.Length];
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i is 0 or 10 or 13 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            writer.WriteLine(string.Join("  ", cells).TrimEnd());
        }

        var s = report.Settings;
        writer.WriteLine();
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.Features.Count} features{(report.Respondents is long r ? $", {r} respondents" : string.Empty)}; table {s.Table}; ties {(s.TieBand == 0 ? "exact" : $"within {s.TieBand:0.###} of the top share")} (M > O > A > I > R > Q, * = tie); Fong z = {s.FongZ}."));
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Three decimals; a value that rounds to zero prints as 0.000, never −0.000.</summary>
    private static string Number(double? value) => value is { } v ? (Math.Round(v, 3) == 0 ? 0.0 : v).ToString("0.000", CultureInfo.InvariantCulture) : "–";
}
