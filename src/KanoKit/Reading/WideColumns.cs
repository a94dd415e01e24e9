using System.Globalization;

namespace KanoKit.Reading;

/// <summary>Where one feature's answers are in a wide row.</summary>
internal readonly record struct WideFeature(string Name, int Functional, int Dysfunctional, int? Importance);

/// <summary>
/// Finds the columns of a wide file: each feature's functional, dysfunctional and importance column — as the plan
/// states them, by position, or by name — and the respondent id column.
/// </summary>
internal static class WideColumns
{
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response id", "id"];

    /// <summary>The features; none is fatal in either mode.</summary>
    public static WideFeature[] Features(RowCursor cursor)
    {
        var plan = cursor.Plan;
        WideFeature[] features = !plan.Features.IsEmpty ? Defined(cursor)
            : plan.PairByPosition ? Positional(cursor)
            : Named(cursor);
        if (features.Length == 0)
        {
            throw cursor.Sink.Fatal(
                DiagnosticKind.BadHeader, cursor.Header.Line, 1, "the header has no functional/dysfunctional column pairs", null,
                "a long file (respondent,feature,functional,dysfunctional), wide columns such as 'wifi_functional' and 'wifi_dysfunctional', or a survey definition");
        }

        return features;
    }

    /// <summary>The respondent id column: stated, the first column when pairing by position from column 2 on, a column with a respondent name, or the first unpaired column.</summary>
    public static int? Respondent(RowCursor cursor, HashSet<int> paired)
    {
        var plan = cursor.Plan;
        var header = cursor.Header;
        if (plan.Respondent is { } name)
        {
            return header.Find(name) ?? throw cursor.Sink.Fatal(
                DiagnosticKind.BadHeader, header.Line, 1, $"the respondent column '{name}' is not in the header", name, "a column of the header");
        }

        if (!plan.Features.IsEmpty)
        {
            return null;
        }

        if (plan.PairByPosition)
        {
            return plan.FirstPairColumn > 1 ? 0 : null;
        }

        foreach (string candidate in RespondentNames)
        {
            if (header.Find(candidate) is int column && !paired.Contains(column))
            {
                return column;
            }
        }

        for (int column = 0; column < header.Width; column++)
        {
            if (!paired.Contains(column) && header.Usable[column] && !plan.Segments.Items.Contains(header.Names[column], StringComparer.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }

    private static WideFeature[] Defined(RowCursor cursor)
    {
        var header = cursor.Header;
        int Column(string reference, string feature, string role) => header.Find(reference) ?? throw cursor.Sink.Fatal(
            DiagnosticKind.BadHeader, header.Line, 1, $"the definition's {role} column '{reference}' for feature '{feature}' is not in the header", reference,
            "a column name of the header or a position such as '#3'");
        return [.. cursor.Plan.Features.Select(f => new WideFeature(
            f.Name,
            Column(f.Functional, f.Name, "functional"),
            Column(f.Dysfunctional, f.Name, "dysfunctional"),
            f.Importance is { } importance ? Column(importance, f.Name, "importance") : null))];
    }

    private static WideFeature[] Positional(RowCursor cursor)
    {
        var header = cursor.Header;
        int first = cursor.Plan.FirstPairColumn - 1;
        var features = new List<WideFeature>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        int width = Math.Min(header.Width, cursor.Plan.LastPairColumn ?? int.MaxValue);
        for (int column = first; column < width; column += 2)
        {
            if (column + 1 >= width)
            {
                cursor.Sink.Report(
                    DiagnosticKind.BadHeader, header.Lines[column], header.Columns[column],
                    $"column '{header.Names[column]}' has no dysfunctional partner (pairing by position)", header.Names[column], "an even number of answer columns");
                break;
            }

            string name = cursor.Plan.HasHeader
                ? ColumnPairing.FeatureName(header.Names[column])
                : string.Create(CultureInfo.InvariantCulture, $"feature {features.Count + 1}");
            for (int n = features.Count + 1; !names.Add(name); n++)
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{ColumnPairing.FeatureName(header.Names[column])} ({n})");
            }

            features.Add(new WideFeature(name, column, column + 1, null));
        }

        return [.. features];
    }

    private static WideFeature[] Named(RowCursor cursor)
    {
        var header = cursor.Header;
        var features = new List<WideFeature>();
        var used = new HashSet<int>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int column = 0; column < header.Width; column++)
        {
            if (!header.Usable[column] || used.Contains(column))
            {
                continue;
            }

            string name = header.Names[column];
            foreach (var form in ColumnPairing.Forms)
            {
                if (ColumnPairing.FunctionalBase(name, form) is not { } feature || feature.Trim().Length == 0
                    || header.Find(ColumnPairing.Dysfunctional(feature, form)) is not int partner || used.Contains(partner))
                {
                    continue;
                }

                string featureName = feature.Trim();
                used.Add(column);
                used.Add(partner);
                if (names.TryGetValue(featureName, out int first))
                {
                    cursor.Sink.Report(
                        DiagnosticKind.BadHeader, header.Lines[column], header.Columns[column],
                        string.Create(CultureInfo.InvariantCulture, $"feature '{featureName}' has two column pairs (first at column {first + 1})"),
                        name, "each feature once");
                    break;
                }

                names[featureName] = column;
                int? importance = header.Find(featureName + "_importance") ?? header.Find(featureName + "_imp") ?? header.Find(featureName + " (importance)");
                if (importance is int i)
                {
                    used.Add(i);
                }

                features.Add(new WideFeature(featureName, column, partner, importance));
                break;
            }
        }

        ReportUnpaired(cursor, used);
        return [.. features];
    }

    /// <summary>Columns named like a functional or dysfunctional answer that found no partner are reported, not ignored.</summary>
    private static void ReportUnpaired(RowCursor cursor, HashSet<int> used)
    {
        var header = cursor.Header;
        for (int column = 0; column < header.Width; column++)
        {
            if (used.Contains(column) || !header.Usable[column])
            {
                continue;
            }

            string name = header.Names[column];
            foreach (var form in ColumnPairing.Forms.Where(f => f.Explicit))
            {
                if (ColumnPairing.FunctionalBase(name, form) is { } feature)
                {
                    cursor.Sink.Report(DiagnosticKind.BadHeader, header.Lines[column], header.Columns[column], $"column '{name}' has no dysfunctional partner", name, $"a column named '{ColumnPairing.Dysfunctional(feature, form)}'");
                    break;
                }

                if (ColumnPairing.DysfunctionalBase(name, form) is { } other)
                {
                    cursor.Sink.Report(DiagnosticKind.BadHeader, header.Lines[column], header.Columns[column], $"column '{name}' has no functional partner", name, $"a column named '{ColumnPairing.Functional(other, form)}'");
                    break;
                }
            }
        }
    }
}
