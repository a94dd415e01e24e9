using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>Writes a comparison as aligned plain text for people: per feature its test and one row per segment or wave, then a legend.</summary>
public static class ComparisonTable
{
    /// <summary>
    /// Writes a summary line; per feature its name and test (χ², df, p, Cramér's V, Monte-Carlo and Holm-adjusted p when
    /// present), notes (sparse table, shift between waves, waves without the feature) and a table with columns group, n,
    /// the six category counts, the category spelled out, Better and Worse with their intervals and their differences
    /// to the baseline with intervals (three decimals; undefined values "–"); then the legend in words.
    /// </summary>
    public static void Write(ComparisonReport comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(ComparisonText.Summary(comparison));
        string[] headings = ComparisonText.Headings(comparison);
        foreach (var feature in comparison.Features)
        {
            writer.WriteLine();
            writer.WriteLine($"{feature.Name}: {ComparisonText.Test(feature, comparison.Settings)}");
            foreach (string note in ComparisonText.Notes(feature))
            {
                writer.WriteLine($"  {note}");
            }

            var rows = new List<string[]> { headings };
            rows.AddRange(ComparisonText.Rows(feature));
            var widths = new int[headings.Length];
            foreach (var row in rows)
            {
                for (int i = 0; i < row.Length; i++)
                {
                    widths[i] = Math.Max(widths[i], row[i].Length);
                }
            }

            foreach (var row in rows)
            {
                var cells = row.Select((cell, i) => ComparisonText.IsText(i) ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
                writer.WriteLine(("  " + string.Join("  ", cells)).TrimEnd());
            }
        }

        writer.WriteLine();
        writer.WriteLine("Legend:");
        var legend = ComparisonText.Legend(comparison);
        int width = legend.Max(e => e.Term.Length);
        foreach (var (term, meaning) in legend)
        {
            writer.WriteLine($"  {term.PadRight(width)}  {meaning}");
        }
    }

    /// <summary>The comparison as aligned text.</summary>
    public static string ToText(this ComparisonReport comparison)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(comparison, writer);
        return writer.ToString();
    }
}
