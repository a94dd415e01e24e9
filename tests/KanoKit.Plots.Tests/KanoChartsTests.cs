using System.Globalization;
using System.Xml.Linq;
using KanoKit.Reporting;
using SkiaSharp;

namespace KanoKit.Plots.Tests;

public class KanoChartsTests
{
    public static TheoryData<string> Charts => ["better-worse", "categories", "continuous"];

    private static KanoChart Chart(string name, KanoReport report, ChartOptions options) => name switch
    {
        "better-worse" => KanoCharts.BetterWorse(report, options),
        "categories" => KanoCharts.Categories(report, options),
        _ => KanoCharts.Continuous(report, options),
    };

    [Theory]
    [MemberData(nameof(Charts))]
    public void Png_decodes_at_the_requested_size_and_is_not_blank(string name)
    {
        foreach (var options in new[] { new ChartOptions { Width = 640, Height = 480 }, new ChartOptions { Width = 1500, Height = 1200, Dpi = 200 } })
        {
            using var bitmap = SKBitmap.Decode(Chart(name, Sample.Banking, options).ToPng());
            Assert.NotNull(bitmap);
            Assert.Equal((options.Width, options.Height), (bitmap.Width, bitmap.Height));
            var colours = new HashSet<uint>();
            for (int y = 0; y < bitmap.Height; y += 3)
            {
                for (int x = 0; x < bitmap.Width; x += 3)
                {
                    colours.Add((uint)bitmap.GetPixel(x, y));
                }
            }

            Assert.True(colours.Count > 20, $"{name} at {options.Dpi} dpi has only {colours.Count} colours");
        }
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void Svg_names_every_feature(string name)
    {
        // The clustered survey is pre-counted: it has no continuous scores to plot.
        foreach (var report in name == "continuous" ? [Sample.Banking] : new[] { Sample.Banking, Sample.Clustered(40) })
        {
            var svg = XDocument.Parse(Chart(name, report, ChartOptions.Default).ToSvg());
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToHashSet();
            foreach (var feature in report.Features)
            {
                Assert.Contains(feature.Name, texts);
            }
        }
    }

    [Fact]
    public void Better_worse_points_sit_at_their_worse_and_better_to_the_pixel()
    {
        var report = Sample.Banking;
        var svg = XDocument.Parse(KanoCharts.BetterWorse(report, new ChartOptions { Width = 800, Height = 640 }).ToSvg());
        // ScottPlot clips plottables to its data area: that rectangle is the frame of the axes 0..1.
        var clip = svg.Descendants().First(e => e.Name.LocalName == "clipPath").Elements().First();
        double left = D(clip, "x"), top = D(clip, "y"), width = D(clip, "width"), height = D(clip, "height");
        var ellipses = svg.Descendants().Where(e => e.Name.LocalName == "ellipse")
            .Select(e => (X: D(e, "cx"), Y: D(e, "cy"), Fill: LongHex((string?)e.Attribute("fill")))).ToList();
        foreach (var feature in report.Features)
        {
            double x = left + (Math.Abs(feature.Worse!.Value) * width);
            double y = top + height - (feature.Better!.Value * height);
            string colour = Writing.CategoryPalette.Hex(feature.Category);
            Assert.Contains(ellipses, e => Math.Abs(e.X - x) <= 0.5 && Math.Abs(e.Y - y) <= 0.5 && string.Equals(e.Fill, colour, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData(12, "better-worse")]
    [InlineData(40, "better-worse")]
    [InlineData(12, "continuous")]
    public void No_two_labels_overlap_and_no_label_covers_a_point(int features, string name)
    {
        var report = features == 12 ? Sample.Banking : Sample.Clustered(features);
        var layout = Chart(name, report, ChartOptions.Default).Layout(900, 700);
        var points = layout.Points;
        Assert.Equal(report.Features.Count, points.Count);
        for (int i = 0; i < points.Count; i++)
        {
            Assert.True(points[i].Label.Inside(layout.DataArea), $"{points[i].Name} is outside the data area");
            for (int j = 0; j < points.Count; j++)
            {
                if (i != j)
                {
                    Assert.False(points[i].Label.Overlaps(points[j].Label), $"labels of {points[i].Name} and {points[j].Name} overlap");
                }

                var marker = new Box(points[j].PixelX - 5, points[j].PixelY - 5, 10, 10);
                Assert.False(points[i].Label.Overlaps(marker), $"label of {points[i].Name} covers the point of {points[j].Name}");
            }
        }
    }

    [Fact]
    public void A_segment_that_does_not_exist_is_an_argument_error()
    {
        var e = Assert.Throws<ArgumentException>(() => KanoCharts.BetterWorse(Sample.Banking, new ChartOptions { Segment = "nope" }));
        Assert.Contains("nope", e.Message, StringComparison.Ordinal);
    }

    /// <summary>SVG writes #999999 as #999.</summary>
    private static string? LongHex(string? colour) =>
        colour is { Length: 4 } c && c[0] == '#' ? $"#{c[1]}{c[1]}{c[2]}{c[2]}{c[3]}{c[3]}" : colour;

    private static double D(XElement e, string attribute) => double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
