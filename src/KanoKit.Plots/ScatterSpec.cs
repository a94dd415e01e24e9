using KanoKit.Writing;
using ScottPlot;

namespace KanoKit.Plots;

/// <summary>One point of a scatter chart with its optional error bars (in data units).</summary>
internal sealed record ScatterPoint(string Label, double X, double Y, KanoCategory? Category, float Diameter, MarkerShape Shape, (double Low, double High)? XRange, (double Low, double High)? YRange);

/// <summary>Everything a quadrant scatter chart (Better–Worse, continuous) draws.</summary>
internal sealed record ScatterSpec(
    string Title, string XLabel, string YLabel, string Caption,
    double Min, double Max, double XCut, double YCut,
    IReadOnlyList<ScatterPoint> Points,
    IReadOnlyList<LegendItem> ExtraLegend);

/// <summary>
/// Draws a quadrant scatter chart: fixed axis ranges (never cropped to the data), dashed cut lines, the four quadrant
/// names (Attractive top-left, One-dimensional top-right, Must-be bottom-right, Indifferent bottom-left), points
/// coloured by category, error bars, and labels placed by <see cref="LabelPlacement"/> with leader lines.
/// </summary>
internal static class ScatterChart
{
    public const double Left = 64, Right = 200, Top = 44, Bottom = 84;
    private const float LabelSize = 11, QuadrantSize = 13;

    public static ChartLayout Build(ScatterSpec spec, double width, double height, string? fontName)
    {
        // Labels get a font with glyphs for every name (CJK when needed); title, axes and legend keep the base font.
        var (_, typeface) = ChartFont.For(spec.Points.Select(p => p.Label), fontName);
        var (family, baseTypeface) = ChartFont.For([spec.Title, spec.Caption, .. spec.ExtraLegend.Select(l => l.LabelText)], fontName);
        var plot = new Plot();
        plot.Font.Set(family);
        plot.Layout.Fixed(new PixelPadding((float)Left, (float)Right, (float)Bottom, (float)Top));
        plot.Axes.SetLimits(spec.Min, spec.Max, spec.Min, spec.Max);
        plot.Title(spec.Title, 16);
        plot.XLabel(spec.XLabel + "\n" + spec.Caption, 12);
        plot.YLabel(spec.YLabel, 13);
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.07);
        double step = (spec.Max - spec.Min) > 2 ? 1 : 0.1;
        var ticks = Enumerable.Range(0, (int)Math.Round((spec.Max - spec.Min) / step) + 1).Select(i => spec.Min + (i * step)).ToArray();
        var tickLabels = ticks.Select(t => t.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace("-", "−", StringComparison.Ordinal)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, tickLabels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, tickLabels);
        var data = new Box(Left, Top, width - Left - Right, height - Top - Bottom);

        double Px(double x) => data.Left + ((x - spec.Min) / (spec.Max - spec.Min) * data.Width);
        double Py(double y) => data.Bottom - ((y - spec.Min) / (spec.Max - spec.Min) * data.Height);
        Coordinates ToData(double px, double py) =>
            new(spec.Min + ((px - data.Left) / data.Width * (spec.Max - spec.Min)), spec.Min + ((data.Bottom - py) / data.Height * (spec.Max - spec.Min)));

        var grey = Color.FromHex("#555555");
        plot.Add.VerticalLine(spec.XCut, 1.2f, grey, LinePattern.Dashed);
        plot.Add.HorizontalLine(spec.YCut, 1.2f, grey, LinePattern.Dashed);

        using var paint = Paint.NewDisposablePaint();
        var reserved = new List<Box>();
        var quadrants = new (string Name, KanoCategory Category, Alignment Alignment, double X, double Y)[]
        {
            ("Attractive", KanoCategory.Attractive, Alignment.UpperLeft, data.Left + 6, data.Top + 6),
            ("One-dimensional", KanoCategory.OneDimensional, Alignment.UpperRight, data.Right - 6, data.Top + 6),
            ("Must-be", KanoCategory.MustBe, Alignment.LowerRight, data.Right - 6, data.Bottom - 6),
            ("Indifferent", KanoCategory.Indifferent, Alignment.LowerLeft, data.Left + 6, data.Bottom - 6),
        };
        foreach (var q in quadrants)
        {
            var text = plot.Add.Text(q.Name, ToData(q.X, q.Y));
            Style(text.LabelStyle, baseTypeface, QuadrantSize, Color.FromHex(CategoryPalette.Hex(q.Category)).WithAlpha(0.9), bold: true);
            text.LabelStyle.Alignment = q.Alignment;
            var size = text.LabelStyle.Measure(q.Name, paint).Size;
            double left = q.Alignment is Alignment.UpperLeft or Alignment.LowerLeft ? q.X : q.X - size.Width;
            double top = q.Alignment is Alignment.UpperLeft or Alignment.UpperRight ? q.Y : q.Y - size.Height;
            reserved.Add(new Box(left, top, size.Width, size.Height));
        }

        var label = new LabelStyle();
        Style(label, typeface, LabelSize, Colors.Black, bold: false);
        var requests = spec.Points.Select(p =>
        {
            var size = label.Measure(p.Label, paint).Size;
            return new LabelRequest(Px(p.X), Py(p.Y), (p.Diameter / 2.0) + 1, size.Width, size.Height);
        }).ToArray();
        var placed = LabelPlacement.Place(requests, new Box(data.Left + 2, data.Top + 2, data.Width - 4, data.Height - 4), reserved);

        foreach (var p in spec.Points)
        {
            var colour = Color.FromHex(CategoryPalette.Hex(p.Category));
            if (p.XRange is { } xr)
            {
                Whisker(plot, new Coordinates(xr.Low, p.Y), new Coordinates(xr.High, p.Y), colour);
            }

            if (p.YRange is { } yr)
            {
                Whisker(plot, new Coordinates(p.X, yr.Low), new Coordinates(p.X, yr.High), colour);
            }
        }

        var points = new List<PlottedPoint>(spec.Points.Count);
        for (int i = 0; i < spec.Points.Count; i++)
        {
            var p = spec.Points[i];
            var box = placed[i].Box;
            if (placed[i].Leader)
            {
                (double nx, double ny) = box.Nearest(requests[i].X, requests[i].Y);
                double dx = nx - requests[i].X, dy = ny - requests[i].Y, length = Math.Sqrt((dx * dx) + (dy * dy));
                double r = requests[i].Radius;
                var leader = plot.Add.Line(ToData(requests[i].X + (dx / length * r), requests[i].Y + (dy / length * r)), ToData(nx, ny));
                leader.LineColor = Color.FromHex("#777777");
                leader.LineWidth = 0.8f;
                leader.MarkerSize = 0;
            }

            var text = plot.Add.Text(p.Label, ToData(box.Left, box.Top));
            Style(text.LabelStyle, typeface, LabelSize, Color.FromHex("#1a1a1a"), bold: false);
            text.LabelStyle.Alignment = Alignment.UpperLeft;
            points.Add(new PlottedPoint(p.Label, p.X, p.Y, requests[i].X, requests[i].Y, box, placed[i].Leader));
        }

        foreach (var p in spec.Points)
        {
            var colour = Color.FromHex(CategoryPalette.Hex(p.Category));
            var marker = plot.Add.Marker(p.X, p.Y, p.Shape, p.Diameter, colour);
            marker.MarkerLineColor = Colors.White;
            marker.MarkerLineWidth = 1;
        }

        foreach (var category in KanoCategories.All.Where(c => spec.Points.Any(p => p.Category == c)))
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = KanoLegend.Name(category),
                MarkerShape = MarkerShape.FilledCircle,
                MarkerSize = 10,
                MarkerFillColor = Color.FromHex(CategoryPalette.Hex(category)),
                MarkerLineColor = Color.FromHex(CategoryPalette.Hex(category)),
            });
        }

        plot.Legend.ManualItems.AddRange(spec.ExtraLegend);
        plot.Legend.FontName = family;
        plot.ShowLegend(Edge.Right);
        return new ChartLayout(plot, data, points);
    }

    internal static void Style(LabelStyle style, SkiaSharp.SKTypeface typeface, float size, Color colour, bool bold)
    {
        style.Font = typeface;
        style.FontSize = size;
        style.ForeColor = colour;
        style.Bold = bold;
        style.Padding = 0;
    }

    private static void Whisker(Plot plot, Coordinates from, Coordinates to, Color colour)
    {
        var line = plot.Add.Line(from, to);
        line.LineColor = colour.WithAlpha(0.45);
        line.LineWidth = 1.3f;
        line.MarkerSize = 0;
    }
}
