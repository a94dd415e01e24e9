using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>
/// Writes a report as one self-contained HTML page: no script, no external resource of any kind (styles inline, charts
/// inline SVG). It holds the read summary, the charts (when <see cref="HtmlReportOptions.Charts"/> draws them), the
/// prioritised feature list, a table per analysis with a legend, and the methods paragraph with references; its CSS
/// prints on A4 or Letter without cut tables or charts.
/// </summary>
public static partial class KanoHtml
{
    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    public static void Write(KanoReport report, TextWriter writer, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        options ??= new HtmlReportOptions();
        var c = CultureInfo.InvariantCulture;
        if (options.Fragment)
        {
            writer.Write($"<div class=\"kanokit-report\">\n<style>\n{HtmlStyle.FragmentCss}</style>\n<h2>{E(options.Title)}</h2>\n");
        }
        else
        {
            writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            writer.Write($"<title>{E(options.Title)}</title>\n<style>\n{HtmlStyle.Css}</style>\n</head>\n<body>\n<main>\n<h1>{E(options.Title)}</h1>\n");
        }


        long missing = report.Features.Sum(f => f.Missing), rejected = report.Features.Sum(f => f.Rejected);
        writer.Write("<section id=\"summary\">\n<h2>Data read</h2>\n<ul>\n");
        writer.Write(string.Create(c, $"<li>{(report.Respondents is long r ? $"{r} respondents" : "Pre-counted categories (no respondent-level data)")}, {report.Features.Count} features.</li>\n"));
        writer.Write(string.Create(c, $"<li>{missing} answer pairs missing (one or both answers not given) and {rejected} rejected as unreadable, over all features; they are not analysed.</li>\n"));
        foreach (var segment in report.Segments)
        {
            writer.Write(string.Create(c, $"<li>Segment {E(segment.Column)} = {E(segment.Value)}: {segment.Respondents} respondents.</li>\n"));
        }

        writer.Write("</ul>\n</section>\n");

        var charts = options.Charts?.Render(report) ?? [];
        if (charts.Count > 0)
        {
            writer.Write("<section id=\"charts\">\n<h2>Charts</h2>\n");
            for (int i = 0; i < charts.Count; i++)
            {
                var chart = charts[i];
                writer.Write($"<figure>\n<h3>{E(chart.Title)}</h3>\n{Inline(chart.Svg, string.Create(CultureInfo.InvariantCulture, $"chart{i + 1}-"))}\n<figcaption>{E(chart.Caption)}</figcaption>\n</figure>\n");
            }

            writer.Write("</section>\n");
        }

        Priorities(report.Features, writer);

        writer.Write("<section id=\"results\">\n<h2>Results: all respondents</h2>\n");
        bool stability = KanoMarkdown.HasStability(report), questionable = KanoMarkdown.HasFlag(report);
        Table(report.Features, writer, stability, questionable);
        writer.Write("</section>\n");
        foreach (var segment in report.Segments)
        {
            writer.Write(string.Create(c, $"<section class=\"segment\">\n<h2>Results: {E(segment.Column)} = {E(segment.Value)} ({segment.Respondents} respondents)</h2>\n"));
            Table(segment.Features, writer, stability, questionable);
            writer.Write("</section>\n");
        }

        writer.Write("<section id=\"legend\">\n<h2>Legend</h2>\n<p>A … Q are each category's share of the valid answer pairs n, in percent; Better and Worse are rounded to three decimals for display.</p>\n<dl>\n");
        foreach (var (term, meaning) in KanoLegend.Entries)
        {
            string swatch = KanoCategories.TryFromLetter(term.Length == 1 ? term[0] : ' ', out var category)
                ? $"<span class=\"swatch\" style=\"background:{CategoryPalette.Hex(category)}\"></span>"
                : string.Empty;
            writer.Write($"<dt>{swatch}{E(term)}</dt><dd>{E(meaning)}</dd>\n");
        }

        foreach (var (term, meaning) in KanoLegend.Extra(report))
        {
            writer.Write($"<dt>{E(term)}</dt><dd>{E(meaning)}</dd>\n");
        }

        writer.Write($"<dt>*</dt><dd>{E(KanoLegend.TieRule(report.Settings))}</dd>\n</dl>\n");
        writer.Write("<p class=\"note\">Colours: the Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito 2008).</p>\n</section>\n");

        writer.Write($"<section id=\"methods\">\n<h2>Methods</h2>\n<p>{E(MethodsText.Paragraph(report))}</p>\n<h3>References</h3>\n<ol class=\"references\">\n");
        foreach (string reference in MethodsText.ReferencesFor(report))
        {
            writer.Write($"<li>{E(reference)}</li>\n");
        }

        writer.Write(options.Fragment ? "</ol>\n</section>\n</div>\n" : "</ol>\n</section>\n</main>\n</body>\n</html>\n");
    }

    /// <summary>The report as HTML text.</summary>
    public static string ToHtml(this KanoReport report, HtmlReportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    private static void Priorities(IReadOnlyList<FeatureResult> features, TextWriter writer)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write("<section id=\"priorities\">\n<h2>Priorities</h2>\n<p>Must-be features first, then one-dimensional, attractive and indifferent ones; within each, by distance from the origin of the Better–Worse plane, largest first.</p>\n<ol>\n");
        foreach (var p in FeaturePriority.Ranking(features))
        {
            var f = p.Feature;
            writer.Write(string.Create(c, $"<li>{Swatch(f.Category)}<strong>{E(f.Name)}</strong>: {E(DisplayNumber.Decision(f))} (Better {DisplayNumber.Fixed3(f.Better)}, Worse {DisplayNumber.Fixed3(f.Worse)}, distance {DisplayNumber.Fixed3(p.Distance)})</li>\n"));
        }

        writer.Write("</ol>\n");
        var apart = FeaturePriority.SetApart(features);
        if (apart.Count > 0)
        {
            writer.Write("<h3>Set apart</h3>\n<ul>\n");
            foreach (var p in apart)
            {
                writer.Write($"<li>{Swatch(p.Feature.Category)}<strong>{E(p.Feature.Name)}</strong>: {E(p.Reason ?? string.Empty)}</li>\n");
            }

            writer.Write("</ul>\n");
        }

        writer.Write("</section>\n");
    }

    private static void Table(IReadOnlyList<FeatureResult> features, TextWriter writer, bool stability, bool questionable)
    {
        writer.Write("<table>\n<thead><tr><th scope=\"col\">Feature</th><th scope=\"col\">n</th><th scope=\"col\">missing</th><th scope=\"col\">rejected</th>");
        foreach (var category in KanoCategories.All)
        {
            writer.Write($"<th scope=\"col\" title=\"{E(KanoLegend.Name(category))}\">{Swatch(category)}{category.Letter()} %</th>");
        }

        writer.Write("<th scope=\"col\">Category</th><th scope=\"col\">Better</th><th scope=\"col\">Worse</th><th scope=\"col\">Fong</th>"
            + (stability ? "<th scope=\"col\">Stability</th>" : string.Empty) + (questionable ? "<th scope=\"col\">Q rate %</th>" : string.Empty) + "</tr></thead>\n<tbody>\n");
        foreach (var f in features)
        {
            var s = f.Shares;
            writer.Write($"<tr><th scope=\"row\">{E(f.Name)}</th><td>{DisplayNumber.Integer(f.N)}</td><td>{DisplayNumber.Integer(f.Missing)}</td><td>{DisplayNumber.Integer(f.Rejected)}</td>");
            foreach (var category in KanoCategories.All)
            {
                writer.Write($"<td>{DisplayNumber.Percent(s?[category])}</td>");
            }

            writer.Write($"<td class=\"category\">{Swatch(f.Category)}{E(DisplayNumber.Decision(f))}</td><td>{DisplayNumber.Fixed3(f.Better)}</td><td>{DisplayNumber.Fixed3(f.Worse)}</td><td class=\"category\">{DisplayNumber.Fong(f.Fong)}</td>"
                + (stability ? $"<td class=\"category\">{DisplayNumber.Stability(f.Stability)}</td>" : string.Empty)
                + (questionable ? $"<td>{DisplayNumber.QuestionableRate(f)}</td>" : string.Empty) + "</tr>\n");
        }

        writer.Write("</tbody>\n</table>\n");
    }

    private static string Swatch(KanoCategory? category) =>
        category is null ? string.Empty : $"<span class=\"swatch\" style=\"background:{CategoryPalette.Hex(category)}\"></span>";

    /// <summary>
    /// SVG markup fit to inline in HTML5: without XML declaration, doctype or namespace attributes (which name URLs),
    /// and with every id and reference to it (<c>url(#id)</c>, <c>href="#id"</c>) prefixed, because ids are global to
    /// the page and each chart's renderer numbers its own from the same start.
    /// </summary>
    internal static string Inline(string svg, string idPrefix)
    {
        string inline = XmlProlog().Replace(svg, string.Empty);
        inline = NamespaceAttribute().Replace(inline, string.Empty);
        inline = IdAttribute().Replace(inline, m => $"{m.Groups[1].Value}\"{idPrefix}{m.Groups[2].Value}\"");
        inline = IdReference().Replace(inline, m => $"{m.Groups[1].Value}#{idPrefix}{m.Groups[2].Value}");
        return inline.Trim();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex XmlProlog();

    [GeneratedRegex(@"(\sid=)""([^""]*)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"(url\(|href="")#([^)""]*)")]
    private static partial Regex IdReference();

    [GeneratedRegex(@"\s+xmlns(:\w+)?\s*=\s*(""[^""]*""|'[^']*')")]
    private static partial Regex NamespaceAttribute();
}
