using System.Globalization;

namespace KanoKit.Writing;

/// <summary>Numbers rounded for people (display only; the CSV and JSON writers keep full precision).</summary>
internal static class DisplayNumber
{
    /// <summary>A coefficient with three decimals, or "–" when undefined.</summary>
    public static string Fixed3(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "–";

    /// <summary>A fraction as a percentage with one decimal, e.g. 0.4236 → "42.4", or "–" when undefined.</summary>
    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) : "–";

    /// <summary>A count.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The category with <c>*</c> when a tie rule chose it, or "–".</summary>
    public static string Category(KanoCategory? category, bool tie) =>
        category is { } c ? KanoLegend.Name(c) + (tie ? "*" : string.Empty) : "–";

    /// <summary>Fong's verdict: "significant", "not significant" or "–".</summary>
    public static string Fong(Statistics.FongResult? fong) =>
        fong is { } f ? (f.Significant ? "significant" : "not significant") : "–";
}
