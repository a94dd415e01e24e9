using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Plots;

/// <summary>
/// Draws the Better–Worse diagram, the category bars and, where the report has continuous scores, the continuous
/// plot as SVG for <see cref="KanoHtml"/>.
/// </summary>
/// <param name="options">Size and layers of every chart; <see langword="null"/> for 900 × 700 defaults.</param>
public sealed class KanoChartRenderer(ChartOptions? options = null) : IChartRenderer
{
    /// <inheritdoc />
    public IReadOnlyList<HtmlChart> Render(KanoReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var o = options ?? ChartOptions.Default;
        var charts = new List<KanoChart> { KanoCharts.BetterWorse(report, o), KanoCharts.Categories(report, o) };
        if (report.Features.Any(f => f.Continuous?.FunctionalMean is not null))
        {
            charts.Add(KanoCharts.Continuous(report, o));
        }

        return [.. charts.Select(c => new HtmlChart(c.Title, c.ToSvg(), c.Caption))];
    }
}

/// <summary>The self-contained HTML report with the charts drawn inline as SVG (see <see cref="KanoHtml"/>).</summary>
public static class KanoChartedHtml
{
    /// <summary>Writes the report with its charts to <paramref name="writer"/>.</summary>
    public static void Write(KanoReport report, TextWriter writer, ChartOptions? options = null) =>
        KanoHtml.Write(report, writer, new HtmlReportOptions { Charts = new KanoChartRenderer(options) });

    /// <summary>The report with its charts as HTML text.</summary>
    public static string ToChartedHtml(this KanoReport report, ChartOptions? options = null) =>
        report.ToHtml(new HtmlReportOptions { Charts = new KanoChartRenderer(options) });
}
