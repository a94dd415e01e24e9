using System.Net;
using KanoKit.Plots;
using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Interactive;

/// <summary>The HTML a notebook shows for a report or a chart: fragments, not whole documents.</summary>
internal static class NotebookHtml
{
    private sealed class BetterWorseOnly : IChartRenderer
    {
        public IReadOnlyList<HtmlChart> Render(KanoReport report)
        {
            var chart = KanoCharts.BetterWorse(report, new ChartOptions { Width = 760, Height = 600 });
            return [new HtmlChart(chart.Title, chart.ToSvg(), chart.Caption)];
        }
    }

    public static string Report(KanoReport report) =>
        report.ToHtml(new HtmlReportOptions { Fragment = true, Charts = new BetterWorseOnly() });

    public static string Chart(KanoChart chart)
    {
        string svg = chart.ToSvg();
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return $"<figure class=\"kanokit-chart\" style=\"margin:0\">{(start >= 0 ? svg[start..] : svg)}<figcaption style=\"font-size:0.85em;color:#444\">{WebUtility.HtmlEncode(chart.Caption)}</figcaption></figure>";
    }
}
