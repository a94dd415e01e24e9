using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>Reads published category counts: <c>feature,A,O,M,I,R,Q</c> (optionally <c>missing</c>), one row per feature.</summary>
internal static class CountsLayout
{
    private const string Expected = "the columns feature,A,O,M,I,R,Q";

    public static LayoutResult Read(RowCursor cursor)
    {
        int featureColumn = cursor.Require("feature", Expected);
        int[] categoryColumns = [.. KanoCategories.All.Select(c => cursor.Require(c.Letter().ToString(), Expected))];
        int? missingColumn = cursor.Header.Find("missing");
        var result = new List<FeatureCounts>();
        var seen = new TextSet();
        var lines = new List<int>();
        bool started = false;
        while (CountedRows.Next(cursor, featureColumn, ref started, out var name))
        {
            int index = seen.Add(name, out bool added);
            if (!added)
            {
                cursor.Report(DiagnosticKind.BadHeader, featureColumn, $"feature '{name.ToString()}' appears twice (first on line {lines[index]})", name.ToString(), "each feature once");
                continue;
            }

            lines.Add(cursor.Rows.Line);
            if (Counts(cursor, categoryColumns, missingColumn, featureColumn, seen.StringAt(index)) is { } counts)
            {
                result.Add(counts);
            }
        }

        return new LayoutResult(new SurveyTallies([], Counts: result.ToEquatableArray()), null, null, []);
    }

    private static FeatureCounts? Counts(RowCursor cursor, int[] categoryColumns, int? missingColumn, int featureColumn, string feature)
    {
        Span<long> counts = stackalloc long[KanoCategories.Count];
        bool readable = true;
        for (int c = 0; c < counts.Length; c++)
        {
            readable &= cursor.TryCount(categoryColumns[c], out counts[c]);
        }

        long missing = 0;
        readable &= missingColumn is not int m || cursor.Text(m).IsEmpty || cursor.TryCount(m, out missing);
        if (!readable)
        {
            return null;
        }

        decimal total = 0;
        foreach (long count in counts)
        {
            total += count;
        }

        if (total + missing > long.MaxValue)
        {
            cursor.Report(DiagnosticKind.BadNumber, featureColumn, $"the counts of feature '{feature}' add up to more than a 64-bit count holds", feature, "counts whose total is below 9.2 × 10^18");
            return null;
        }

        return new FeatureCounts(feature, new CategoryCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]), missing);
    }
}
