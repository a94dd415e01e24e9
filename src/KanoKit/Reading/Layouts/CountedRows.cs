namespace KanoKit.Reading.Layouts;

/// <summary>The data rows of a counted layout (counts, cells): each whole row with a feature name; other rows are reported and passed over.</summary>
internal static class CountedRows
{
    /// <summary>Moves to the next usable row; false at the end. <paramref name="feature"/> is the row's trimmed feature name.</summary>
    public static bool Next(RowCursor cursor, int featureColumn, ref bool started, out ReadOnlySpan<char> feature)
    {
        feature = default;
        while (started ? cursor.NextRow() : cursor.FirstDataRow([]))
        {
            started = true;
            if (!cursor.RowIsWhole())
            {
                continue;
            }

            feature = cursor.Text(featureColumn);
            if (feature.IsEmpty)
            {
                cursor.Report(DiagnosticKind.BadHeader, featureColumn, "the feature name is empty", string.Empty, "a feature name");
                continue;
            }

            return true;
        }

        return false;
    }
}
