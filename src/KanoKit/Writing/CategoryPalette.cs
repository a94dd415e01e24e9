namespace KanoKit.Writing;

/// <summary>
/// One colour per Kano category, shared by every chart and the HTML report: the Okabe–Ito palette, designed to stay
/// distinguishable for readers with the common colour-vision deficiencies (Okabe &amp; Ito 2008, "Color Universal
/// Design (CUD): How to make figures and presentations that are friendly to colorblind people", J*FLY).
/// </summary>
/// <remarks>
/// Attractive = bluish green #009E73, One-dimensional = blue #0072B2, Must-be = vermillion #D55E00,
/// Indifferent = grey #999999 (the palette's neutral), Reverse = reddish purple #CC79A7, Questionable = orange #E69F00.
/// </remarks>
public static class CategoryPalette
{
    private static readonly string[] Colours = ["#009E73", "#0072B2", "#D55E00", "#999999", "#CC79A7", "#E69F00"];

    /// <summary>The colour of undefined values (no dominant category): the palette's black.</summary>
    public const string Undefined = "#000000";

    /// <summary>The category's colour as <c>#RRGGBB</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string Hex(KanoCategory category)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)category, 5, nameof(category));
        return Colours[(int)category];
    }

    /// <summary>The colour of a possibly undefined category: <see cref="Undefined"/> for <see langword="null"/>.</summary>
    public static string Hex(KanoCategory? category) => category is { } c ? Hex(c) : Undefined;
}
