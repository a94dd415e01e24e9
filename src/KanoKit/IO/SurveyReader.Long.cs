using System.Collections;
using System.Globalization;
using KanoKit.Surveys;

namespace KanoKit.IO;

internal sealed partial class SurveyReader
{
    private const string LongColumns = "respondent,feature,functional,dysfunctional";

    /// <summary>
    /// One row per respondent and feature. Respondents and features keep first-seen order; a respondent who has no
    /// row for a feature counts as missing for it. Memory grows with respondents (ids), not with rows.
    /// </summary>
    private SurveyData ReadLong()
    {
        int respondentColumn = RespondentNames.Select(_header.Find).FirstOrDefault(c => c is not null)
            ?? throw new KanoDataException(_sink.Source, _header.Line, 1, "the header has no 'respondent' column", null, $"the columns {LongColumns}");
        int featureColumn = Require("feature", $"the columns {LongColumns}");
        int functionalColumn = Require("functional", $"the columns {LongColumns}");
        int dysfunctionalColumn = Require("dysfunctional", $"the columns {LongColumns}");
        int? importanceColumn = _header.Find("importance");
        int[] segmentColumns = SegmentColumns();

        var respondentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var featureNames = new List<string>();
        var answered = new List<BitArray>();
        var overall = new List<FeatureAccumulator>();
        var segmentNames = segmentColumns.Select(c => _header.Names[c]).ToArray();
        var segments = new Dictionary<(int Column, string Value), (List<FeatureAccumulator> Features, HashSet<int> Respondents)>();
        var segmentOrder = new List<(int Column, string Value)>();
        var respondentSegments = new List<string[]>();
        var keep = _options.KeepRespondents ? new List<(int Respondent, int Feature, Answer F, Answer D)>() : null;

        if (!SkipHeaderRows([functionalColumn, dysfunctionalColumn]))
        {
            NoDataRows();
            return FinishLong();
        }

        do
        {
            if (!CheckWidth() || _rows.IsDamaged)
            {
                RejectLongRow(featureColumn);
                continue;
            }

            string respondent = _rows.Field(respondentColumn).Trim().ToString();
            string feature = _rows.Field(featureColumn).Trim().ToString();
            if (respondent.Length == 0 || feature.Length == 0)
            {
                int column = respondent.Length == 0 ? respondentColumn : featureColumn;
                _sink.Report(
                    respondent.Length == 0 ? DiagnosticKind.BadRespondent : DiagnosticKind.BadHeader, _rows.LineOf(column), _rows.ColumnOf(column),
                    respondent.Length == 0 ? "the respondent id is empty" : "the feature name is empty", string.Empty, respondent.Length == 0 ? "a respondent id" : "a feature name");
                RejectLongRow(featureColumn);
                continue;
            }

            if (!respondentIndex.TryGetValue(respondent, out int r))
            {
                r = respondentIndex.Count;
                respondentIndex[respondent] = r;
                respondentSegments.Add([.. segmentColumns.Select(c => _rows.Field(c).Trim().ToString())]);
            }

            int f = FeatureIndex(feature);
            if (answered[f].Length <= r)
            {
                answered[f].Length = Math.Max(r + 1, answered[f].Length * 2);
            }

            if (answered[f][r])
            {
                _sink.Report(
                    DiagnosticKind.BadRespondent, _rows.LineOf(featureColumn), _rows.ColumnOf(featureColumn),
                    $"respondent '{respondent}' answers feature '{feature}' twice", feature, "one row per respondent and feature");
                continue;
            }

            answered[f][r] = true;
            var rowSegments = SegmentsOf(r);
            bool readable = TryAnswer(functionalColumn, out var functional) & TryAnswer(dysfunctionalColumn, out var dysfunctional);
            foreach (var accumulator in rowSegments.Append(overall[f]))
            {
                if (readable)
                {
                    accumulator.Add(functional, dysfunctional);
                }
                else
                {
                    accumulator.Rejected++;
                }
            }

            if (importanceColumn is int ic && !_rows.Field(ic).Trim().IsEmpty && TryNumber(ic, "an importance rating", out double importance))
            {
                foreach (var accumulator in rowSegments.Append(overall[f]))
                {
                    accumulator.Importance = accumulator.Importance.Add(importance);
                }
            }

            keep?.Add((r, f, readable ? functional : Answer.Missing, readable ? dysfunctional : Answer.Missing));

            IEnumerable<FeatureAccumulator> SegmentsOf(int respondentAt)
            {
                var values = respondentSegments[respondentAt];
                for (int s = 0; s < segmentColumns.Length; s++)
                {
                    var key = (s, values[s]);
                    if (!segments.TryGetValue(key, out var entry))
                    {
                        entry = ([], []);
                        segments[key] = entry;
                        segmentOrder.Add(key);
                    }

                    while (entry.Features.Count < featureNames.Count)
                    {
                        entry.Features.Add(new FeatureAccumulator());
                    }

                    entry.Respondents.Add(respondentAt);
                    yield return entry.Features[f];
                }
            }
        }
        while (NextRow());

        return FinishLong();

        int FeatureIndex(string name)
        {
            if (!featureIndex.TryGetValue(name, out int index))
            {
                index = featureNames.Count;
                featureIndex[name] = index;
                featureNames.Add(name);
                answered.Add(new BitArray(Math.Max(16, respondentIndex.Count)));
                overall.Add(new FeatureAccumulator());
            }

            return index;
        }

        void RejectLongRow(int featureAt)
        {
            // A row that names no feature cannot count against one; its diagnostic is the record of it.
            string name = featureAt < _rows.FieldCount ? _rows.Field(featureAt).Trim().ToString() : string.Empty;
            if (name.Length > 0)
            {
                overall[FeatureIndex(name)].Rejected++;
            }
        }

        SurveyData FinishLong()
        {
            _respondents = respondentIndex.Count;
            for (int f = 0; f < overall.Count; f++)
            {
                overall[f].Missing += _respondents - overall[f].Answered;
            }

            var tallies = new TallySet(featureNames, segmentNames);
            for (int f = 0; f < overall.Count; f++)
            {
                Copy(overall[f], tallies.Overall[f]);
            }

            foreach (var key in segmentOrder)
            {
                var (features, members) = segments[key];
                var target = tallies.Segment(key.Column, key.Value, countRespondent: false);
                tallies.SetRespondents(key.Column, key.Value, members.Count);
                for (int f = 0; f < features.Count; f++)
                {
                    features[f].Missing += members.Count - features[f].Answered;
                    Copy(features[f], target[f]);
                }

                for (int f = features.Count; f < featureNames.Count; f++)
                {
                    target[f].Missing += members.Count;
                }
            }

            KanoSurvey? survey = null;
            if (keep is not null)
            {
                var functional = featureNames.Select(_ => new Answer[respondentIndex.Count]).ToArray();
                var dysfunctional = featureNames.Select(_ => new Answer[respondentIndex.Count]).ToArray();
                foreach (var (r, f, fa, da) in keep)
                {
                    functional[f][r] = fa;
                    dysfunctional[f][r] = da;
                }

                survey = KanoSurvey.Create(
                    respondentIndex.OrderBy(p => p.Value).Select(p => p.Key),
                    featureNames.Select((name, f) => new SurveyFeature(name, functional[f], dysfunctional[f])));
            }

            return Finish(SurveyLayout.Long, tallies, survey);
        }
    }

    private static void Copy(FeatureAccumulator from, FeatureAccumulator to)
    {
        from.Cells.CopyTo(to.Cells, 0);
        to.Missing = from.Missing;
        to.Rejected = from.Rejected;
        to.Importance = from.Importance;
    }
}
