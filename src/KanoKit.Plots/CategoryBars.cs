using KanoKit.Reporting;
using KanoKit.Writing;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace KanoKit.Plots;

/// <summary>Draws the 100 % stacked category bars: one row per feature, top to bottom in the given order.</summary>
internal static class CategoryBars
{
    public static ChartLayout Build(string title, string caption, IReadOnlyList<FeatureResult> features, double width, double height, string? fontName)
    {
        var (_, typeface) = ChartFont.For(features.Select(f => f.Name), fontName);
        var (family, _) = ChartFont.For([title, caption], fontName);
        var plot = new Plot();
        plot.Font.Set(family);
        using var paint = Paint.NewDisposablePaint();
        var tickStyle = new LabelStyle();
        ScatterChart.Style(tickStyle, typeface, 12, Colors.Black, bold: false);
        double longest = features.Count == 0 ? 40 : features.Max(f => tickStyle.Measure(f.Name, paint).Size.Width);
        double left = Math.Min(longest + 16, width * 0.45);
        const double Right = 200, Top = 44, Bottom = 84;
        plot.Layout.Fixed(new PixelPadding((float)left, (float)Right, (float)Bottom, (float)Top));
        plot.Title(title, 16);
        plot.XLabel("Share of valid answer pairs\n" + caption, 12);

        int n = features.Count;
        var positions = new double[n];
        var names = new string[n];
        var points = new List<PlottedPoint>(n);
        for (int i = 0; i < n; i++)
        {
            var f = features[i];
            double y = n - 1 - i;
            positions[i] = y;
            names[i] = f.Name;
            double start = 0;
            if (f.Shares is { } shares)
            {
                foreach (var category in KanoCategories.All)
                {
                    double share = shares[category];
                    if (share > 0)
                    {
                        var rect = plot.Add.Rectangle(start, start + share, y - 0.36, y + 0.36);
                        rect.FillColor = Color.FromHex(CategoryPalette.Hex(category));
                        rect.LineWidth = 0.6f;
                        rect.LineColor = Colors.White;
                    }

                    start += share;
                }
            }

            points.Add(new PlottedPoint(f.Name, 0, y, 0, 0, default, false));
        }

        plot.Axes.SetLimits(0, 1, -0.6, n - 0.4);
        plot.Axes.Left.TickGenerator = new NumericManual(positions, names);
        plot.Axes.Left.TickLabelStyle.Font = typeface;
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickGenerator = new NumericManual([0, 0.25, 0.5, 0.75, 1], ["0 %", "25 %", "50 %", "75 %", "100 %"]);
        plot.Grid.XAxisStyle.MajorLineStyle.Color = Colors.Black.WithAlpha(0.12);
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Colors.Transparent;
        foreach (var category in KanoCategories.All)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = $"{category.Letter()}  {KanoLegend.Name(category)}",
                FillColor = Color.FromHex(CategoryPalette.Hex(category)),
            });
        }

        plot.Legend.FontName = family;
        plot.ShowLegend(Edge.Right);
        var data = new Box(left, Top, width - left - Right, height - Top - Bottom);
        return new ChartLayout(plot, data, points);
    }
}
