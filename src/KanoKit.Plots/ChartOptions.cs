namespace KanoKit.Plots;

/// <summary>How a chart is drawn: size, resolution, which analysis, and the Better–Worse diagram's optional layers.</summary>
public sealed record ChartOptions
{
    /// <summary>The default: 900 × 700 pixels at 96 dpi, all respondents, interval whiskers when the report has intervals.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Image width in pixels (PNG) or SVG user units, at least 200.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 200 or above 20,000.</exception>
    public int Width { get; init => field = InRange(value, nameof(Width)); } = 900;

    /// <summary>Image height in pixels (PNG) or SVG user units, at least 200.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Below 200 or above 20,000.</exception>
    public int Height { get; init => field = InRange(value, nameof(Height)); } = 700;

    /// <summary>
    /// Resolution of the PNG: at 96 dpi one point of text is 96/72 pixels; at 300 dpi the same chart is drawn with
    /// text, lines and markers 300/96 times larger in pixels, so the image prints at the same physical size. The SVG
    /// is vector and is always written at 96 dpi.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not between 48 and 1200.</exception>
    public double Dpi
    {
        get;
        init => field = value is >= 48 and <= 1200 ? value : throw new ArgumentOutOfRangeException(nameof(Dpi), value, "A resolution between 48 and 1200 dpi.");
    } = 96;

    /// <summary>Draw one segment's analysis instead of all respondents' (its value, or <c>column=value</c>); <see langword="null"/> for all respondents.</summary>
    public string? Segment { get; init; }

    /// <summary>Better–Worse diagram: draw the confidence intervals of Better and |Worse| as whiskers, where the report has them.</summary>
    public bool ShowIntervals { get; init; } = true;

    /// <summary>Better–Worse diagram: scale each point's area by the feature's mean self-stated importance, where the survey asked for it.</summary>
    public bool SizeByImportance { get; init; }

    /// <summary>Better–Worse diagram: one series (marker shape) per segment instead of one point per feature of one analysis.</summary>
    public bool SeriesPerSegment { get; init; }

    /// <summary>The font family; <see langword="null"/> picks one that has glyphs for every feature name (e.g. Noto Sans CJK for Chinese or Japanese names).</summary>
    public string? FontName { get; init; }

    /// <summary>The scale from 96-dpi layout units to PNG pixels.</summary>
    internal double Scale => Dpi / 96.0;

    private static int InRange(int value, string name) =>
        value is >= 200 and <= 20_000 ? value : throw new ArgumentOutOfRangeException(name, value, "A chart is between 200 and 20,000 pixels wide and high.");
}
