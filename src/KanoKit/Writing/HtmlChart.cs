using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>A chart to show in the HTML report: an SVG document rendered elsewhere, with its title and caption.</summary>
/// <param name="Title">The heading above the chart.</param>
/// <param name="Svg">The chart as SVG markup (an XML declaration and namespace attributes are dropped when it is inlined).</param>
/// <param name="Caption">The caption below the chart, e.g. where the quadrants are split.</param>
public sealed record HtmlChart(string Title, string Svg, string Caption);

/// <summary>
/// Draws the charts of a report for <see cref="KanoHtml"/>. The core package draws nothing itself (it depends on no
/// graphics library); KanoKit.Plots implements this with ScottPlot.
/// </summary>
public interface IChartRenderer
{
    /// <summary>The charts of <paramref name="report"/>, in the order the HTML report shows them.</summary>
    IReadOnlyList<HtmlChart> Render(KanoReport report);
}

/// <summary>What the HTML report contains besides the report itself.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The page title and top heading.</summary>
    public string Title { get; init; } = "Kano analysis";

    /// <summary>Draws the charts to inline; <see langword="null"/> for a report without charts.</summary>
    public IChartRenderer? Charts { get; init; }

    /// <summary>
    /// Write an HTML fragment (one <c>div</c> with styles scoped to it) to embed in another page, e.g. a notebook
    /// cell's output, instead of a whole document.
    /// </summary>
    public bool Fragment { get; init; }
}
