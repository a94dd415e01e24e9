using System.Collections.Immutable;
using KanoKit.Tallies;

namespace KanoKit.IO;

internal sealed partial class SurveyReader
{
    /// <summary>Published category counts: <c>feature,A,O,M,I,R,Q</c> (optionally <c>missing</c>).</summary>
    private SurveyData ReadCounts()
    {
        const string expected = "the columns feature,A,O,M,I,R,Q";
        int featureColumn = Require("feature", expected);
        int[] categoryColumns = [.. KanoCategories.All.Select(c => Require(c.Letter().ToString(), expected))];
        int? missingColumn = _header.Find("missing");
        var result = new List<FeatureCounts>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in FeatureRows(featureColumn))
        {
            if (!seen.TryAdd(feature, _rows.Line))
            {
                _sink.Report(
                    DiagnosticKind.BadHeader, _rows.LineOf(featureColumn), _rows.ColumnOf(featureColumn),
                    $"feature '{feature}' appears twice (first on line {seen[feature]})", feature, "each feature once");
                continue;
            }

            var counts = new long[6];
            bool readable = true;
            for (int c = 0; c < 6; c++)
            {
                readable &= TryCount(categoryColumns[c], out counts[c]);
            }

            long missing = 0;
            readable &= missingColumn is not int m || _rows.Field(m).Trim().IsEmpty || TryCount(m, out missing);
            if (!readable)
            {
                continue;
            }

            if (counts.Aggregate(0m, (sum, count) => sum + count) > long.MaxValue)
            {
                _sink.Report(
                    DiagnosticKind.BadNumber, _rows.LineOf(featureColumn), _rows.ColumnOf(featureColumn),
                    $"the counts of feature '{feature}' add up to more than a 64-bit count holds", feature, "counts whose total is below 9.2 × 10^18");
                continue;
            }

            result.Add(new FeatureCounts(feature, new CategoryCounts(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]), missing));
        }

        return SurveyData.Create(SurveyLayout.Counts, 0, null, [], [.. result], [], _sink, _skippedHeaderRows);
    }

    /// <summary>Counted answer pairs: <c>feature,functional,dysfunctional,count</c>; rows of one pair add up.</summary>
    private SurveyData ReadCells()
    {
        const string expected = "the columns feature,functional,dysfunctional,count";
        int featureColumn = Require("feature", expected);
        int functionalColumn = Require("functional", expected);
        int dysfunctionalColumn = Require("dysfunctional", expected);
        int countColumn = Require("count", expected);
        var names = new List<string>();
        var accumulators = new List<FeatureAccumulator>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string feature in FeatureRows(featureColumn))
        {
            if (!TryCount(countColumn, out long count))
            {
                continue;
            }

            if (!index.TryGetValue(feature, out int f))
            {
                f = names.Count;
                index[feature] = f;
                names.Add(feature);
                accumulators.Add(new FeatureAccumulator());
            }

            var accumulator = accumulators[f];
            bool readable = TryAnswer(functionalColumn, out var functional) & TryAnswer(dysfunctionalColumn, out var dysfunctional);
            ref long slot = ref accumulator.CounterFor(readable, functional, dysfunctional);
            slot += count;
            if (slot < 0 || accumulator.Cells.Aggregate(0m, (sum, cell) => sum + cell) + accumulator.Missing > long.MaxValue)
            {
                slot -= count;
                _sink.Report(
                    DiagnosticKind.BadNumber, _rows.LineOf(countColumn), _rows.ColumnOf(countColumn),
                    $"the counts of feature '{feature}' add up to more than a 64-bit count holds", _rows.Field(countColumn).ToString(), "counts whose total is below 9.2 × 10^18");
            }
        }

        var tallies = new TallySet(names, []);
        for (int f = 0; f < names.Count; f++)
        {
            Copy(accumulators[f], tallies.Overall[f]);
        }

        return Finish(SurveyLayout.Cells, tallies, null);
    }

    /// <summary>The feature name of each readable data row of a counted layout; damaged, ragged and unnamed rows are reported and passed over.</summary>
    private IEnumerable<string> FeatureRows(int featureColumn)
    {
        if (!NextRow())
        {
            NoDataRows();
            yield break;
        }

        do
        {
            if (!CheckWidth() || _rows.IsDamaged)
            {
                continue;
            }

            string feature = _rows.Field(featureColumn).Trim().ToString();
            if (feature.Length == 0)
            {
                _sink.Report(DiagnosticKind.BadHeader, _rows.LineOf(featureColumn), _rows.ColumnOf(featureColumn), "the feature name is empty", string.Empty, "a feature name");
                continue;
            }

            yield return feature;
        }
        while (NextRow());
    }
}
