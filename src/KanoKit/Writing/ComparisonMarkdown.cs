using KanoKit.Reporting;

namespace KanoKit.Writing;

/// <summary>Writes a comparison as Markdown: per feature a heading, its test and notes, and a table of its segments or waves; then a legend.</summary>
public static class ComparisonMarkdown
{
    /// <summary>Writes the comparison to <paramref name="writer"/>, with the same rounded numbers as <see cref="ComparisonTable"/>.</summary>
    public static void Write(ComparisonReport comparison, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Kano comparison");
        writer.WriteLine();
        writer.WriteLine(Escape(ComparisonText.Summary(comparison)));
        string[] headings = ComparisonText.Headings(comparison);
        foreach (var feature in comparison.Features)
        {
            writer.WriteLine();
            writer.WriteLine($"## {Escape(feature.Name)}");
            writer.WriteLine();
            writer.WriteLine(Escape(ComparisonText.Test(feature, comparison.Settings)));
            foreach (string note in ComparisonText.Notes(feature))
            {
                writer.WriteLine();
                writer.WriteLine($"- {Escape(note)}");
            }

            writer.WriteLine();
            writer.WriteLine("| " + string.Join(" | ", headings.Select(Escape)) + " |");
            writer.WriteLine("|" + string.Concat(headings.Select((_, i) => ComparisonText.IsText(i) ? " --- |" : " ---: |")));
            foreach (var row in ComparisonText.Rows(feature))
            {
                writer.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
            }
        }

        writer.WriteLine();
        writer.WriteLine("## Legend");
        writer.WriteLine();
        foreach (var (term, meaning) in ComparisonText.Legend(comparison))
        {
            writer.WriteLine($"- **{Escape(term)}**: {Escape(meaning)}");
        }
    }

    /// <summary>The comparison as Markdown text.</summary>
    public static string ToMarkdown(this ComparisonReport comparison)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(comparison, writer);
        return writer.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal);
}
