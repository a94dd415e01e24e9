using System.Text.RegularExpressions;

namespace KanoKit.Plots.Tests;

public class KanoChartedHtmlTests
{
    [Fact]
    public void The_report_holds_one_inline_svg_per_chart_and_no_external_url()
    {
        string html = Sample.Banking.ToChartedHtml(new ChartOptions { Width = 700, Height = 560 });
        Assert.Equal(3, Regex.Count(html, "<svg"));
        Assert.DoesNotMatch(new Regex(@"[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*(?![""']?#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*(?![""']?#)", RegexOptions.IgnoreCase), html);
        // Every id is used by one chart only: ids are global to the page.
        var ids = Regex.Matches(html, @"\sid=""([^""]+)""").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var feature in Sample.Banking.Features)
        {
            Assert.Contains(feature.Name, html, StringComparison.Ordinal);
        }
    }
}
