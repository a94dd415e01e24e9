using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Reads counted answer pairs: <c>feature,functional,dysfunctional,count</c>, e.g. a database's <c>GROUP BY</c>; rows of
/// the same pair add up, a pair with a missing side counts as missing, an unreadable one as rejected. The number of
/// respondents is not known from such a file.
/// </summary>
internal static class CellsLayout
{
    private const string Expected = "the columns feature,functional,dysfunctional,count";

    public static LayoutResult Read(RowCursor cursor)
    {
        int featureColumn = cursor.Require("feature", Expected);
        int functionalColumn = cursor.Require("functional", Expected);
        int dysfunctionalColumn = cursor.Require("dysfunctional", Expected);
        int countColumn = cursor.Require("count", Expected);
        var tallies = new TallyBuilder([]);
        var features = new TextSet();
        bool started = false;
        while (CountedRows.Next(cursor, featureColumn, ref started, out var name))
        {
            if (!cursor.TryCount(countColumn, out long count))
            {
                continue;
            }

            int feature = features.Add(name, out bool added);
            if (added)
            {
                if (feature >= cursor.Plan.MaxFeatures)
                {
                    throw cursor.Sink.Fatal(
                        DiagnosticKind.Syntax, cursor.Rows.LineOf(featureColumn), cursor.Rows.ColumnOf(featureColumn),
                        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file names more than {cursor.Plan.MaxFeatures} features, the limit MaxFeatures"), null,
                        "fewer features, or a higher SurveyReadOptions.MaxFeatures");
                }

                tallies.AddFeature(features.StringAt(feature));
            }

            var accumulator = tallies.Overall(feature);
            bool readable = cursor.TryPair(functionalColumn, dysfunctionalColumn, out var functional, out var dysfunctional);
            ref long slot = ref accumulator.CounterFor(readable, functional, dysfunctional);
            if (count > long.MaxValue - accumulator.Answered)
            {
                cursor.Report(
                    DiagnosticKind.BadNumber, countColumn, $"the counts of feature '{name.ToString()}' add up to more than a 64-bit count holds",
                    cursor.Text(countColumn).ToString(), "counts whose total is below 9.2 × 10^18");
                continue;
            }

            slot += count;
        }

        var header = cursor.Header;
        return new LayoutResult(
            tallies.Build(respondents: null),
            null,
            null,
            Enumerable.Range(0, tallies.FeatureCount)
                .Select(f => new FeatureDefinition(tallies.FeatureName(f), header.Names[functionalColumn], header.Names[dysfunctionalColumn]))
                .ToEquatableArray());
    }
}
