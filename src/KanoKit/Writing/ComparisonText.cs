using System.Globalization;
using KanoKit.Reporting;
using KanoKit.Statistics;

namespace KanoKit.Writing;

/// <summary>The words and rounded numbers of a comparison, shared by its text table and its Markdown (display only).</summary>
internal static class ComparisonText
{
    /// <summary>The column headings of one feature's group rows.</summary>
    public static string[] Headings(ComparisonReport comparison)
    {
        string group = comparison.Column ?? "wave";
        string against = comparison.Settings.Baseline == ComparisonBaseline.Rest ? "vs rest" : "vs previous";
        string level = Percent(comparison.Settings.Confidence) + " interval";
        return [group, "n", "A", "O", "M", "I", "R", "Q", "category", "Better", level, against, level, "Worse", level, against, level];
    }

    /// <summary>Whether the column at <paramref name="index"/> is text (left-aligned) rather than a number.</summary>
    public static bool IsText(int index) => index is 0 or 8;

    /// <summary>One row per group of the feature.</summary>
    public static IEnumerable<string[]> Rows(FeatureComparison feature) => feature.Segments.Select(g => new[]
    {
        g.Value,
        Integer(g.N),
        Integer(g.Counts.A), Integer(g.Counts.O), Integer(g.Counts.M), Integer(g.Counts.I), Integer(g.Counts.R), Integer(g.Counts.Q),
        g.Category is { } c ? KanoLegend.Name(c) + (g.Tie ? "*" : string.Empty) : "–",
        Number(g.Better), Range(g.BetterInterval), Signed(g.BetterDifference), Range(g.BetterDifferenceInterval),
        Number(g.Worse), Range(g.WorseInterval), Signed(g.WorseDifference), Range(g.WorseDifferenceInterval),
    });

    /// <summary>The feature's test in one line, e.g. "χ² = 12.345, df = 6, p = 0.055, Cramér's V = 0.160", or why there is none.</summary>
    public static string Test(FeatureComparison feature, ComparisonSettings settings)
    {
        if (feature.ChiSquare is not { } chiSquare)
        {
            return "no test (fewer than two groups or two categories have answers)";
        }

        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"χ² = {chiSquare:0.000}, df = {feature.Df}, p = {P(feature.P)}, Cramér's V = {Number(feature.CramersV)}"),
        };
        if (feature.PMonteCarlo is { } monteCarlo)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"Monte-Carlo p = {P(monteCarlo)} (B = {settings.MonteCarloResamples})"));
        }

        if (feature.PHolm is { } holm)
        {
            parts.Add($"Holm-adjusted p = {P(holm)}");
        }

        return string.Join(", ", parts);
    }

    /// <summary>The notes under a feature: sparseness, the shift between waves, the waves without the feature.</summary>
    public static IEnumerable<string> Notes(FeatureComparison feature)
    {
        if (feature.Sparse == true)
        {
            yield return "sparse: more than 20 % of the expected counts are below 5, so the χ² p-value is doubtful (prefer the Monte-Carlo p"
                + (feature.PMonteCarlo is null ? ", --simulate)" : ")");
        }

        if (feature.MissingFrom is { } missing)
        {
            yield return feature.Shift is { } shift ? $"shift: {ShiftInWords(shift)}" : "no shift: the same category in every wave";
            if (!missing.IsEmpty)
            {
                yield return $"not in wave {string.Join(", ", missing)}";
            }
        }
    }

    /// <summary>The first line: what is compared, against what, and how.</summary>
    public static string Summary(ComparisonReport comparison)
    {
        var s = comparison.Settings;
        string what = comparison.Column is { } column
            ? $"the values of '{column}', each against the rest of the sample"
            : $"the waves {string.Join(", ", comparison.Waves ?? [])}, each against the previous wave";
        string method = s.IntervalMethod switch
        {
            IntervalMethod.Bootstrap => string.Create(CultureInfo.InvariantCulture, $"bootstrap (B = {s.Resamples}), also for the differences"),
            IntervalMethod.ClopperPearson => "Clopper–Pearson; differences by Newcombe's hybrid score interval",
            _ => "Wilson; differences by Newcombe's hybrid score interval",
        };
        string seed = s.Seed is { } value ? string.Create(CultureInfo.InvariantCulture, $"; seed {value}") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Comparison of {what}: {comparison.Features.Count} features; {Percent(s.Confidence)} intervals, {method}{seed}; table {s.Table}.");
    }

    /// <summary>What every term of the table means, for a reader who has never seen Kano letters.</summary>
    public static IReadOnlyList<(string Term, string Meaning)> Legend(ComparisonReport comparison)
    {
        string against = comparison.Settings.Baseline == ComparisonBaseline.Rest
            ? "the segment's value minus that of all other segments together, with Newcombe's (1998) interval (bootstrap with --intervals bootstrap); an interval that excludes 0 marks a difference beyond sampling error"
            : "the wave's value minus that of the previous wave with the feature, with Newcombe's (1998) interval (bootstrap with --intervals bootstrap); an interval that excludes 0 marks a change beyond sampling error";
        return
        [
            .. KanoLegend.Entries.Where(e => e.Term != "Fong"),
            ("*", "a tie rule chose the category among equally frequent ones (must-be, then one-dimensional, attractive, indifferent, reverse, questionable)."),
            (comparison.Settings.Baseline == ComparisonBaseline.Rest ? "vs rest" : "vs previous", against + "."),
            ("χ², df, p", "Pearson's (1900) test of whether the category shares differ between the groups; a small p (e.g. below 0.05) says they do."),
            ("Cramér's V", "the strength of that difference, 0 (none) to 1 (complete) (Cramér 1946)."),
            ("Monte-Carlo p", "the p-value from random tables with the same totals (Hope 1968), as R's chisq.test(simulate.p.value = TRUE); reliable when the table is sparse."),
            ("Holm-adjusted p", "the p-value adjusted for testing many features at once (Holm 1979)."),
        ];
    }

    /// <summary>"A → O" as "Attractive → One-dimensional".</summary>
    public static string ShiftInWords(string shift) => string.Join(
        " → ",
        shift.Split(" → ").Select(letter => letter.Length == 1 && KanoCategories.TryFromLetter(letter[0], out var category) ? KanoLegend.Name(category) : letter));

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Three decimals; a value that rounds to zero prints as 0.000, never −0.000; "–" when undefined.</summary>
    public static string Number(double? value) =>
        value is { } v ? (Math.Round(v, 3) == 0 ? 0.0 : v).ToString("0.000", CultureInfo.InvariantCulture) : "–";

    /// <summary>Like <see cref="Number"/> with a + on positive values.</summary>
    public static string Signed(double? value) => value is { } v && Math.Round(v, 3) > 0 ? "+" + Number(v) : Number(value);

    /// <summary>"[0.123, 0.456]" or "–".</summary>
    public static string Range(Interval? interval) => interval is { } i ? $"[{Number(i.Lower)}, {Number(i.Upper)}]" : "–";

    /// <summary>A p-value with three decimals, "&lt; 0.001" below that.</summary>
    public static string P(double? p) => p is { } v ? (v < 0.001 ? "< 0.001" : Number(v)) : "–";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.###", CultureInfo.InvariantCulture) + " %";
}
