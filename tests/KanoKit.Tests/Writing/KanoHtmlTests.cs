using System.Text.RegularExpressions;
using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

public class KanoHtmlTests
{
    private sealed class TwoCharts : IChartRenderer
    {
        public IReadOnlyList<HtmlChart> Render(KanoReport report) =>
        [
            new("One", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><clipPath id=\"c1\"><rect/></clipPath><g clip-path=\"url(#c1)\"/></svg>", "first"),
            new("Two", "<svg xmlns=\"http://www.w3.org/2000/svg\"><clipPath id=\"c1\"><rect/></clipPath><use xlink:href=\"#c1\"/></svg>", "second"),
        ];
    }

    private static string Html => WritersGoldenTests.Sample.ToHtml(new HtmlReportOptions { Charts = new TwoCharts() });

    [Fact]
    public void The_page_names_no_external_resource()
    {
        string html = Html;
        Assert.DoesNotMatch(new Regex(@"[a-z][a-z0-9+.-]*://", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"(src|href|action)\s*=\s*(?![""']?#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*(?![""']?#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Each_chart_is_one_inline_svg_with_ids_of_its_own()
    {
        string html = Html;
        Assert.Equal(2, Regex.Count(html, "<svg"));
        Assert.Contains("id=\"chart1-c1\"", html, StringComparison.Ordinal);
        Assert.Contains("url(#chart1-c1)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart2-c1\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#chart2-c1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_has_the_read_summary_priorities_legend_and_methods()
    {
        string html = Html;
        Assert.Contains("240 respondents", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"priorities\">", html, StringComparison.Ordinal);
        Assert.Contains("Wilson score intervals (Wilson 1927)", html, StringComparison.Ordinal);
        Assert.Contains("Fong, D. (1996)", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        foreach (var f in WritersGoldenTests.Sample.Features)
        {
            Assert.Contains(f.Name, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Priorities_put_must_be_first_and_order_each_group_by_distance_from_the_origin()
    {
        var ranking = FeaturePriority.Ranking(WritersGoldenTests.Sample.Features);
        int[] groups = [.. ranking.Select(p => FeatureOrdering.CategoryRank(p.Feature))];
        Assert.Equal(groups.Order(), groups);
        for (int i = 1; i < ranking.Count; i++)
        {
            if (groups[i] == groups[i - 1])
            {
                Assert.True(ranking[i - 1].Distance >= ranking[i].Distance);
            }
        }

        Assert.Equal(KanoCategory.MustBe, ranking[0].Feature.Category);
    }

    [Fact]
    public void The_methods_paragraph_follows_the_settings()
    {
        var report = WritersGoldenTests.Sample;
        var cp = report with { Settings = report.Settings with { IntervalMethod = KanoKit.Statistics.IntervalMethod.ClopperPearson, Confidence = 0.9, TieBand = 0.06 } };
        string text = MethodsText.Paragraph(cp);
        Assert.Contains("90 % Clopper–Pearson", text, StringComparison.Ordinal);
        Assert.Contains("within 6 percentage points", text, StringComparison.Ordinal);
        Assert.Contains("at 0.5 on both axes", text, StringComparison.Ordinal);
    }
}
