using ScottPlot;
using SkiaSharp;

namespace KanoKit.Plots;

/// <summary>
/// Picks a font that has a glyph for every character of the chart's text: DejaVu Sans when it covers them (Latin,
/// Greek, Cyrillic), otherwise the first CJK font found in the usual places (Noto Sans CJK from Debian's
/// fonts-noto-cjk, WenQuanYi, Droid Sans Fallback, macOS PingFang, Windows Microsoft YaHei), loaded from its file,
/// because Skia's dependency-free Linux build does not ask fontconfig for fallbacks.
/// </summary>
internal static class ChartFont
{
    private static readonly string[] LatinFamilies = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"];

    private static readonly string[] CjkFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/System/Library/Fonts/PingFang.ttc",
        @"C:\Windows\Fonts\msyh.ttc",
    ];

    private static readonly object Gate = new();

    /// <summary>The family name ScottPlot can resolve, and its typeface.</summary>
    public static (string Family, SKTypeface Typeface) For(IEnumerable<string> texts, string? requested)
    {
        string all = string.Concat(texts);
        lock (Gate)
        {
            if (requested is not null)
            {
                return (requested, Fonts.GetTypeface(requested, false, false));
            }

            foreach (string family in LatinFamilies)
            {
                var typeface = Fonts.GetTypeface(family, false, false);
                if (typeface.FamilyName == family && typeface.ContainsGlyphs(all))
                {
                    return (family, typeface);
                }
            }

            foreach (string path in CjkFiles)
            {
                if (!File.Exists(path))
                {
                    continue;
                }

                using var probe = SKTypeface.FromFile(path);
                if (probe is null || !probe.ContainsGlyphs(all))
                {
                    continue;
                }

                string family = probe.FamilyName;
                if (Fonts.GetTypeface(family, false, false).FamilyName != family)
                {
                    Fonts.AddFontFile(family, path, false, false);
                }

                return (family, Fonts.GetTypeface(family, false, false));
            }

            string fallback = Fonts.Default;
            return (fallback, Fonts.GetTypeface(fallback, false, false));
        }
    }
}
