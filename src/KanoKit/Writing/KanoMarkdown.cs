using System.Globalization;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>
/// Writes a report as Markdown: one table per analysis (all respondents, then each segment) with category shares in
/// percent and coefficients rounded for display, then a legend, the tie rule and the methods paragraph.
/// </summary>
public static class KanoMarkdown
{
    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    public static void Write(KanoReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var c = CultureInfo.InvariantCulture;
        writer.WriteLine("# Kano analysis");
        writer.WriteLine();
        writer.WriteLine(string.Create(c, $"{report.Features.Count} features{(report.Respondents is long r ? $", {r} respondents" : string.Empty)}; evaluation table {report.Settings.Table}."));
        writer.WriteLine();
        writer.WriteLine("## All respondents");
        writer.WriteLine();
        bool stability = HasStability(report), questionable = HasFlag(report);
        Table(report.Features, writer, stability, questionable);
        foreach (var segment in report.Segments)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(c, $"## {Escape(segment.Column)} = {Escape(segment.Value)} ({segment.Respondents} respondents)"));
            writer.WriteLine();
            Table(segment.Features, writer, stability, questionable);
        }

        writer.WriteLine();
        writer.WriteLine("## Legend");
        writer.WriteLine();
        writer.WriteLine("A … Q are each category's share of the valid answer pairs n, in percent; Better and Worse are rounded to three decimals for display.");
        writer.WriteLine();
        foreach (var (term, meaning) in KanoLegend.Entries)
        {
            writer.WriteLine($"- **{term}**: {meaning}");
        }

        foreach (var (term, meaning) in KanoLegend.Extra(report))
        {
            writer.WriteLine($"- **{Escape(term)}**: {meaning}");
        }

        writer.WriteLine($"- **\\***: {KanoLegend.TieRule(report.Settings)}");
        writer.WriteLine();
        writer.WriteLine("## Methods");
        writer.WriteLine();
        writer.WriteLine(MethodsText.Paragraph(report));
        writer.WriteLine();
        foreach (string reference in MethodsText.ReferencesFor(report))
        {
            writer.WriteLine($"- {reference}");
        }
    }

    /// <summary>The report as Markdown text.</summary>
    public static string ToMarkdown(this KanoReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(report, writer);
        return writer.ToString();
    }

    internal static bool HasStability(KanoReport report) =>
        report.Features.Concat(report.Segments.SelectMany(s => s.Features)).Any(f => f.Stability is not null);

    internal static bool HasFlag(KanoReport report) =>
        report.Features.Concat(report.Segments.SelectMany(s => s.Features)).Any(f => f.QuestionableFlag is not null);

    private static void Table(IReadOnlyList<FeatureResult> features, TextWriter writer, bool stability, bool questionable)
    {
        writer.WriteLine("| Feature | n | missing | rejected | A % | O % | M % | I % | R % | Q % | Category | Better | Worse | Fong |"
            + (stability ? " Stability |" : string.Empty) + (questionable ? " Q rate % |" : string.Empty));
        writer.WriteLine("|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|--:|--:|:--|" + (stability ? ":--|" : string.Empty) + (questionable ? "--:|" : string.Empty));
        foreach (var f in features)
        {
            var s = f.Shares;
            writer.WriteLine(
                $"| {Escape(f.Name)} | {DisplayNumber.Integer(f.N)} | {DisplayNumber.Integer(f.Missing)} | {DisplayNumber.Integer(f.Rejected)} "
                + $"| {DisplayNumber.Percent(s?.A)} | {DisplayNumber.Percent(s?.O)} | {DisplayNumber.Percent(s?.M)} | {DisplayNumber.Percent(s?.I)} | {DisplayNumber.Percent(s?.R)} | {DisplayNumber.Percent(s?.Q)} "
                + $"| {Escape(DisplayNumber.Decision(f))} | {DisplayNumber.Fixed3(f.Better)} | {DisplayNumber.Fixed3(f.Worse)} | {DisplayNumber.Fong(f.Fong)} |"
                + (stability ? $" {DisplayNumber.Stability(f.Stability)} |" : string.Empty)
                + (questionable ? $" {DisplayNumber.QuestionableRate(f)} |" : string.Empty));
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
}
