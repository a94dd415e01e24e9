using System.Globalization;
using System.Net;
using System.Text;
using KanoKit.Reporting;
using KanoKit.Writing;

namespace KanoKit.Interactive;

/// <summary>A feature as a compact card: name, dominant category, a 100 % bar of category shares, Better, Worse, n and Fong.</summary>
internal static class FeatureCard
{
    public static string Html(FeatureResult f)
    {
        var c = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        string colour = CategoryPalette.Hex(f.Category);
        html.Append(c, $"<div class=\"kanokit-card\" style=\"font-family:'DejaVu Sans',system-ui,sans-serif;border:1px solid #ccc;border-left:6px solid {colour};border-radius:4px;padding:0.6em 0.8em;max-width:28em\">");
        html.Append(c, $"<div style=\"font-weight:bold\">{WebUtility.HtmlEncode(f.Name)}</div>");
        html.Append(c, $"<div>{WebUtility.HtmlEncode(f.Category is { } k ? KanoLegend.Name(k) + (f.Tie ? " (tie)" : string.Empty) : "no answers")}</div>");
        if (f.Shares is { } shares)
        {
            html.Append("<div style=\"display:flex;height:0.9em;margin:0.4em 0;border-radius:2px;overflow:hidden\">");
            foreach (var category in KanoCategories.All)
            {
                double share = shares[category];
                if (share > 0)
                {
                    html.Append(c, $"<span title=\"{KanoLegend.Name(category)} {share * 100:0.0} %\" style=\"width:{share * 100:0.###}%;background:{CategoryPalette.Hex(category)}\"></span>");
                }
            }

            html.Append("</div>");
        }

        string better = f.Better is { } b ? b.ToString("0.000", c) : "–";
        string worse = f.Worse is { } w ? w.ToString("0.000", c) : "–";
        string fong = f.Fong is { } fr ? (fr.Significant ? "significant" : "not significant") : "–";
        html.Append(c, $"<div style=\"font-size:0.9em;color:#333\">Better {better} · Worse {worse} · n {f.N} · Fong {fong}</div></div>");
        return html.ToString();
    }
}
