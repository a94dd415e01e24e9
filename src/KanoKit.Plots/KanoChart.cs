using ScottPlot;

namespace KanoKit.Plots;

/// <summary>A chart of a report, ready to write as SVG or PNG at the size and resolution of its <see cref="ChartOptions"/>.</summary>
public sealed class KanoChart
{
    private readonly Func<double, double, ChartLayout> _build;

    internal KanoChart(string title, string caption, ChartOptions options, Func<double, double, ChartLayout> build)
    {
        Title = title;
        Caption = caption;
        Options = options;
        _build = build;
    }

    /// <summary>The chart's title.</summary>
    public string Title { get; }

    /// <summary>What the reader must know to read the chart (e.g. where the quadrants are split); also drawn under it.</summary>
    public string Caption { get; }

    /// <summary>Size, resolution and layers.</summary>
    public ChartOptions Options { get; }

    /// <summary>The chart as an SVG document of <see cref="ChartOptions.Width"/> × <see cref="ChartOptions.Height"/> user units.</summary>
    public string ToSvg()
    {
        var layout = Layout(Options.Width, Options.Height);
        return layout.Plot.GetSvgXml(Options.Width, Options.Height);
    }

    /// <summary>The chart as PNG bytes of exactly <see cref="ChartOptions.Width"/> × <see cref="ChartOptions.Height"/> pixels, drawn at <see cref="ChartOptions.Dpi"/>.</summary>
    public byte[] ToPng()
    {
        double scale = Options.Scale;
        var layout = Layout(Options.Width / scale, Options.Height / scale);
        layout.Plot.ScaleFactor = scale;
        return layout.Plot.GetImageBytes(Options.Width, Options.Height, ImageFormat.Png);
    }

    /// <summary>Writes the chart to <paramref name="path"/>: SVG for <c>.svg</c>, PNG for <c>.png</c>.</summary>
    /// <exception cref="ArgumentException">The path ends in neither.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllText(path, ToSvg());
        }
        else if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllBytes(path, ToPng());
        }
        else
        {
            throw new ArgumentException($"'{path}' is neither .svg nor .png.", nameof(path));
        }
    }

    /// <summary>The plot and where everything went, for a canvas of <paramref name="width"/> × <paramref name="height"/> layout units.</summary>
    internal ChartLayout Layout(double width, double height) => _build(width, height);
}

/// <summary>A built plot: the ScottPlot object, its data area in pixels, and each labelled point.</summary>
internal sealed record ChartLayout(Plot Plot, Box DataArea, IReadOnlyList<PlottedPoint> Points);

/// <summary>A labelled point: its name, data coordinates, pixel centre and label box.</summary>
internal sealed record PlottedPoint(string Name, double X, double Y, double PixelX, double PixelY, Box Label, bool Leader);
