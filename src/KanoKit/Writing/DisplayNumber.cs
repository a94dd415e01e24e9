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

    /// <summary>
    /// A feature's decision: a mixed decision of the evidence rule as its letters in priority order ("M/O"), otherwise
    /// <see cref="Category(KanoCategory?, bool)"/>.
    /// </summary>
    public static string Decision(Reporting.FeatureResult feature) =>
        feature.Categories is { Count: > 1 } mixed
            ? string.Join("/", mixed.Select(c => c.Letter()))
            : Category(feature.Category, feature.Tie);

    /// <summary>
    /// The stability of the dominant category: its share of the resamples and the runner-up with its share, e.g.
    /// "0.93 (O 0.06)", "1.00" when it won every resample, or "–" without a bootstrap.
    /// </summary>
    public static string Stability(Statistics.CategoryStability? stability) => stability is not { } s
        ? "–"
        : s.RunnerUp is { } runnerUp
            ? string.Create(CultureInfo.InvariantCulture, $"{s.Share:0.00} ({runnerUp.Letter()} {s.RunnerUpShare:0.00})")
            : s.Share.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The questionable share Q / N in percent with "!" when it is flagged, "–" when not computed.</summary>
    public static string QuestionableRate(Reporting.FeatureResult feature) => feature.QuestionableFlag is not { } flagged
        ? "–"
        : Percent(feature.Shares?.Q) + (flagged ? "!" : string.Empty);

    /// <summary>Fong's verdict: "significant", "not significant" or "–".</summary>
    public static string Fong(Statistics.FongResult? fong) =>
        fong is { } f ? (f.Significant ? "significant" : "not significant") : "–";
}
