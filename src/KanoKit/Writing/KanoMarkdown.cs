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
        Table(report.Features, writer);
        foreach (var segment in report.Segments)
        {
            writer.WriteLine();
            writer.WriteLine(string.Create(c, $"## {Escape(segment.Column)} = {Escape(segment.Value)} ({segment.Respondents} respondents)"));
            writer.WriteLine();
            Table(segment.Features, writer);
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

        writer.WriteLine($"- **\\***: {KanoLegend.TieRule(report.Settings)}");
        writer.WriteLine();
        writer.WriteLine("## Methods");
        writer.WriteLine();
        writer.WriteLine(MethodsText.Paragraph(report));
        writer.WriteLine();
        foreach (string reference in MethodsText.References)
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

    private static void Table(IReadOnlyList<FeatureResult> features, TextWriter writer)
    {
        writer.WriteLine("| Feature | n | missing | rejected | A % | O % | M % | I % | R % | Q % | Category | Better | Worse | Fong |");
        writer.WriteLine("|:--|--:|--:|--:|--:|--:|--:|--:|--:|--:|:--|--:|--:|:--|");
        foreach (var f in features)
        {
            var s = f.Shares;
            writer.WriteLine(
                $"| {Escape(f.Name)} | {DisplayNumber.Integer(f.N)} | {DisplayNumber.Integer(f.Missing)} | {DisplayNumber.Integer(f.Rejected)} "
                + $"| {DisplayNumber.Percent(s?.A)} | {DisplayNumber.Percent(s?.O)} | {DisplayNumber.Percent(s?.M)} | {DisplayNumber.Percent(s?.I)} | {DisplayNumber.Percent(s?.R)} | {DisplayNumber.Percent(s?.Q)} "
                + $"| {Escape(DisplayNumber.Category(f.Category, f.Tie))} | {DisplayNumber.Fixed3(f.Better)} | {DisplayNumber.Fixed3(f.Worse)} | {DisplayNumber.Fong(f.Fong)} |");
        }
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
}
