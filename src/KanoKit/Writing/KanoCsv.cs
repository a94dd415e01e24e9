using System.Globalization;
using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>
/// Writes a report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
/// line break): a header, one row per feature for all respondents, then one row per feature and segment. Every number
/// is written with the invariant culture in round-trip form ("R"), so <c>double.Parse</c> gives back the same double;
/// undefined values are empty fields; categories are letters A, O, M, I, R, Q.
/// </summary>
public static class KanoCsv
{
    /// <summary>The header row's field names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "segment_column", "segment_value", "feature", "n", "missing", "rejected",
        "count_A", "count_O", "count_M", "count_I", "count_R", "count_Q",
        "share_A", "share_O", "share_M", "share_I", "share_R", "share_Q",
        "category", "tie", "better", "worse", "quadrant", "category_strength", "total_strength",
        "fong_statistic", "fong_threshold", "fong_significant",
        "functional_mean", "functional_sd", "dysfunctional_mean", "dysfunctional_sd", "continuous_category",
        "chi_square", "chi_square_df", "chi_square_p",
        "importance_n", "importance_mean", "importance_sd",
        "confidence", "interval_method", "better_lower", "better_upper", "worse_lower", "worse_upper",
        "share_A_lower", "share_A_upper", "share_O_lower", "share_O_upper", "share_M_lower", "share_M_upper",
        "share_I_lower", "share_I_upper", "share_R_lower", "share_R_upper", "share_Q_lower", "share_Q_upper",
    ];

    /// <summary>
    /// Columns appended after <see cref="Columns"/> only when the report has them (so a default report's CSV is
    /// unchanged): the decision's categories ("M/O") and the bootstrap stability (dominant category, its share of the
    /// resamples, runner-up and its share) when stability or a grouped/evidence decision was computed, the Q-rate flag
    /// when a flag threshold was set.
    /// </summary>
    public static IReadOnlyList<string> OptionalColumns { get; } =
        ["categories", "stability_category", "stability_share", "stability_runner_up", "stability_runner_up_share", "questionable_flag"];

    /// <summary>Writes the report to <paramref name="writer"/>.</summary>
    public static void Write(KanoReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var all = report.Features.Concat(report.Segments.SelectMany(s => s.Features)).ToList();
        bool decision = all.Any(f => f.Categories is not null || f.Stability is not null);
        bool flag = all.Any(f => f.QuestionableFlag is not null);
        Row(writer, [.. Columns, .. decision ? OptionalColumns.Take(5) : [], .. flag ? OptionalColumns.Skip(5) : []]);
        foreach (var feature in report.Features)
        {
            Row(writer, Fields(string.Empty, string.Empty, feature, decision, flag));
        }

        foreach (var segment in report.Segments)
        {
            foreach (var feature in segment.Features)
            {
                Row(writer, Fields(segment.Column, segment.Value, feature, decision, flag));
            }
        }
    }

    /// <summary>The report as CSV text.</summary>
    public static string ToCsv(this KanoReport report)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer);
        return writer.ToString();
    }

    private static List<string> Fields(string column, string value, FeatureResult f, bool decision, bool flag)
    {
        var c = f.Counts;
        var s = f.Shares;
        var iv = f.Intervals;
        var fields = new List<string>(Columns.Count)
        {
            column, value, f.Name, Integer(f.N), Integer(f.Missing), Integer(f.Rejected),
            Integer(c.A), Integer(c.O), Integer(c.M), Integer(c.I), Integer(c.R), Integer(c.Q),
            Number(s?.A), Number(s?.O), Number(s?.M), Number(s?.I), Number(s?.R), Number(s?.Q),
            Letter(f.Category), f.Category is null ? string.Empty : Flag(f.Tie), Number(f.Better), Number(f.Worse), Letter(f.Quadrant),
            Number(f.CategoryStrength), Number(f.TotalStrength),
            Number(f.Fong?.Statistic), Number(f.Fong?.Threshold), f.Fong is { } fong ? Flag(fong.Significant) : string.Empty,
            Number(f.Continuous?.FunctionalMean), Number(f.Continuous?.FunctionalSd), Number(f.Continuous?.DysfunctionalMean), Number(f.Continuous?.DysfunctionalSd), Letter(f.Continuous?.Category),
            Number(f.GoodnessOfFit?.ChiSquare), f.GoodnessOfFit is { } g ? Integer(g.Df) : string.Empty, Number(f.GoodnessOfFit?.P),
            f.Importance is { } imp ? Integer(imp.N) : string.Empty, Number(f.Importance?.Mean), Number(f.Importance?.Sd),
            Number(iv?.Confidence), iv is null ? string.Empty : iv.Method.ToString(),
            Number(iv?.Better?.Lower), Number(iv?.Better?.Upper), Number(iv?.Worse?.Lower), Number(iv?.Worse?.Upper),
        };
        foreach (var category in KanoCategories.All)
        {
            var interval = iv?.Shares[category];
            fields.Add(Number(interval?.Lower));
            fields.Add(Number(interval?.Upper));
        }

        if (decision)
        {
            fields.Add(f.Categories is { } categories ? string.Join("/", categories.Select(k => k.Letter())) : Letter(f.Category));
            fields.Add(Letter(f.Stability?.Category));
            fields.Add(Number(f.Stability?.Share));
            fields.Add(Letter(f.Stability?.RunnerUp));
            fields.Add(Number(f.Stability?.RunnerUpShare));
        }

        if (flag)
        {
            fields.Add(f.QuestionableFlag is { } flagged ? Flag(flagged) : string.Empty);
        }

        return fields;
    }

    private static void Row(TextWriter writer, List<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write("\r\n");
    }

    /// <summary>RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Letter(KanoCategory? category) => category is { } c ? c.Letter().ToString() : string.Empty;

    private static string Flag(bool value) => value ? "true" : "false";
}
