using System.Collections.Immutable;
using System.Globalization;
using KanoKit.Surveys;

namespace KanoKit.IO;

internal sealed partial class SurveyReader
{
    /// <summary>Where one feature's answers are in a wide row.</summary>
    private readonly record struct WideFeature(string Name, int Functional, int Dysfunctional, int? Importance);

    private SurveyData ReadWide()
    {
        var features = WideFeatures();
        var paired = new HashSet<int>(features.SelectMany(f => f.Importance is int i ? [f.Functional, f.Dysfunctional, i] : new[] { f.Functional, f.Dysfunctional }));
        int? idColumn = RespondentColumn(paired);
        int[] segmentColumns = SegmentColumns();
        int[] attributeColumns = [.. Enumerable.Range(0, _header.Width).Where(c => !paired.Contains(c) && c != idColumn && _header.Usable[c])];
        var tallies = new TallySet([.. features.Select(f => f.Name)], [.. segmentColumns.Select(c => _header.Names[c])]);
        var keep = _options.KeepRespondents ? new RespondentColumns(features.Length, attributeColumns.Length) : null;
        var ids = _options.KeepRespondents ? new HashSet<string>(StringComparer.Ordinal) : null;
        var segmentRows = new FeatureAccumulator[segmentColumns.Length][];

        if (!SkipHeaderRows([.. features.SelectMany(f => new[] { f.Functional, f.Dysfunctional })]))
        {
            NoDataRows();
            return Finish(SurveyLayout.Wide, tallies, keep?.ToSurvey(features.Select(f => f.Name), attributeColumns.Select(c => _header.Names[c])));
        }

        int[] functionalColumns = [.. features.Select(f => f.Functional)];
        int[] dysfunctionalColumns = [.. features.Select(f => f.Dysfunctional)];
        bool anyImportance = features.Any(f => f.Importance is not null);
        var overall = tallies.Overall;

        // The fast path for plain numeric exports: both answers single-digit codes, no segments, importance or
        // respondent columns to keep. Cell index (f − 1)·5 + (d − 1) per digit pair, looked up once here.
        var csv = segmentColumns.Length == 0 && !anyImportance && keep is null ? _csv : null;
        long[][] cells = [.. overall.Select(a => a.Cells)];
        var digitCell = new int[10, 10];
        for (int fd = 0; fd < 10; fd++)
        {
            for (int dd = 0; dd < 10; dd++)
            {
                digitCell[fd, dd] = _scale.TryDigit(fd, out var fa) && _scale.TryDigit(dd, out var da) ? EvaluationTable.CellIndex(fa, da) : -1;
            }
        }

        do
        {
            _respondents++;
            bool whole = CheckWidth() && !_rows.IsDamaged;
            string id = string.Empty;
            if (whole && idColumn is int idAt)
            {
                var idText = _rows.Field(idAt).Trim();
                if (idText.IsEmpty)
                {
                    _sink.Report(DiagnosticKind.BadRespondent, _rows.LineOf(idAt), _rows.ColumnOf(idAt), "the respondent id is empty", string.Empty, "a respondent id");
                    whole = false;
                }
                else if (ids is not null)
                {
                    id = idText.ToString();
                    if (!ids.Add(id))
                    {
                        _sink.Report(DiagnosticKind.BadRespondent, _rows.LineOf(idAt), _rows.ColumnOf(idAt), $"respondent '{id}' appears twice", id, "one row per respondent");
                        whole = false;
                    }
                }
            }

            for (int s = 0; s < segmentColumns.Length; s++)
            {
                string value = segmentColumns[s] < _rows.FieldCount ? _rows.Field(segmentColumns[s]).Trim().ToString() : string.Empty;
                segmentRows[s] = tallies.Segment(s, value, countRespondent: true);
            }

            if (!whole)
            {
                RejectRow(overall, segmentRows, features.Length);
                keep?.AddRejected(id, attributeColumns.Length);
                continue;
            }

            for (int k = 0; k < functionalColumns.Length; k++)
            {
                if (csv is not null)
                {
                    var ft = csv.Field(functionalColumns[k]);
                    var dt = csv.Field(dysfunctionalColumns[k]);
                    if (ft.Length == 1 && dt.Length == 1 && (uint)(ft[0] - '0') <= 9 && (uint)(dt[0] - '0') <= 9
                        && digitCell[ft[0] - '0', dt[0] - '0'] is int cell and >= 0)
                    {
                        cells[k][cell]++;
                        continue;
                    }
                }

                bool readable = TryAnswer(functionalColumns[k], out var functional) & TryAnswer(dysfunctionalColumns[k], out var dysfunctional);
                if (readable)
                {
                    overall[k].Add(functional, dysfunctional);
                }
                else
                {
                    overall[k].Rejected++;
                    functional = dysfunctional = Answer.Missing;
                }

                if (segmentRows.Length > 0)
                {
                    foreach (var segment in segmentRows)
                    {
                        if (readable)
                        {
                            segment[k].Add(functional, dysfunctional);
                        }
                        else
                        {
                            segment[k].Rejected++;
                        }
                    }
                }

                if (anyImportance && features[k].Importance is int importanceColumn && !_rows.Field(importanceColumn).Trim().IsEmpty
                    && TryNumber(importanceColumn, "an importance rating", out double importance))
                {
                    overall[k].Importance = overall[k].Importance.Add(importance);
                    foreach (var segment in segmentRows)
                    {
                        segment[k].Importance = segment[k].Importance.Add(importance);
                    }
                }

                keep?.Answers(k, functional, dysfunctional);
            }

            if (keep is not null)
            {
                keep.Respondent(idColumn is null ? _respondents.ToString(CultureInfo.InvariantCulture) : id);
                foreach (int column in attributeColumns)
                {
                    keep.Attribute(_rows.Field(column).Trim().ToString());
                }
            }
        }
        while (NextRow());

        return Finish(SurveyLayout.Wide, tallies, keep?.ToSurvey(features.Select(f => f.Name), attributeColumns.Select(c => _header.Names[c])));
    }

    private static void RejectRow(FeatureAccumulator[] overall, FeatureAccumulator[][] segments, int features)
    {
        for (int k = 0; k < features; k++)
        {
            overall[k].Rejected++;
            foreach (var segment in segments)
            {
                segment[k].Rejected++;
            }
        }
    }

    private int? RespondentColumn(HashSet<int> paired)
    {
        if (_definition is not null)
        {
            return _definition.Respondent is { } name
                ? _header.Find(name) ?? throw new KanoDataException(_sink.Source, _header.Line, 1, $"the definition's respondent column '{name}' is not in the header", name, "a column of the header")
                : null;
        }

        if (_options.PairByPosition)
        {
            return _options.FirstPairColumn > 1 ? 0 : null;
        }

        foreach (string name in RespondentNames)
        {
            if (_header.Find(name) is int column && !paired.Contains(column))
            {
                return column;
            }
        }

        for (int column = 0; column < _header.Width; column++)
        {
            if (!paired.Contains(column) && _header.Usable[column] && !_options.Segments.Contains(_header.Names[column], StringComparer.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }

    private WideFeature[] WideFeatures()
    {
        WideFeature[] features = _definition is { Features.Length: > 0 } ? DefinedFeatures()
            : _options.PairByPosition ? PositionalFeatures()
            : NamedFeatures();
        if (features.Length == 0)
        {
            throw new KanoDataException(
                _sink.Source, _header.Line, 1, "the header has no functional/dysfunctional column pairs", null,
                "a long file (respondent,feature,functional,dysfunctional), wide columns such as 'wifi_functional' and 'wifi_dysfunctional', or a survey definition");
        }

        return features;
    }

    private WideFeature[] DefinedFeatures()
    {
        int Column(string reference, string feature, string role) => _header.Find(reference) ?? throw new KanoDataException(
            _sink.Source, _header.Line, 1, $"the definition's {role} column '{reference}' for feature '{feature}' is not in the header", reference, "a column name of the header or a position such as '#3'");
        return [.. _definition!.Features.Select(f => new WideFeature(
            f.Name,
            Column(f.Functional, f.Name, "functional"),
            Column(f.Dysfunctional, f.Name, "dysfunctional"),
            f.Importance is { } importance ? Column(importance, f.Name, "importance") : null))];
    }

    private WideFeature[] PositionalFeatures()
    {
        int first = _options.FirstPairColumn - 1;
        var features = new List<WideFeature>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int column = first; column < _header.Width; column += 2)
        {
            if (column + 1 >= _header.Width)
            {
                _sink.Report(DiagnosticKind.BadHeader, _header.Lines[column], _header.Columns[column], $"column '{_header.Names[column]}' has no dysfunctional partner (pairing by position)", _header.Names[column], "an even number of answer columns");
                break;
            }

            string name = _options.HasHeader && (_definition?.HasHeader ?? true)
                ? ColumnPairing.FeatureName(_header.Names[column])
                : string.Create(CultureInfo.InvariantCulture, $"feature {features.Count + 1}");
            if (!names.Add(name))
            {
                name = string.Create(CultureInfo.InvariantCulture, $"{name} ({features.Count + 1})");
                names.Add(name);
            }

            features.Add(new WideFeature(name, column, column + 1, null));
        }

        return [.. features];
    }

    private WideFeature[] NamedFeatures()
    {
        var features = new List<WideFeature>();
        var used = new HashSet<int>();
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int column = 0; column < _header.Width; column++)
        {
            if (!_header.Usable[column] || used.Contains(column))
            {
                continue;
            }

            string name = _header.Names[column];
            foreach (var form in ColumnPairing.Forms)
            {
                if (ColumnPairing.FunctionalBase(name, form) is not { } feature || feature.Trim().Length == 0)
                {
                    continue;
                }

                if (_header.Find(ColumnPairing.Dysfunctional(feature, form)) is not int partner || used.Contains(partner))
                {
                    continue;
                }

                string featureName = feature.Trim();
                if (names.TryGetValue(featureName, out int first))
                {
                    _sink.Report(
                        DiagnosticKind.BadHeader, _header.Lines[column], _header.Columns[column],
                        string.Create(CultureInfo.InvariantCulture, $"feature '{featureName}' has two column pairs (first at column {first + 1})"),
                        name, "each feature once");
                    used.Add(column);
                    used.Add(partner);
                    break;
                }

                names[featureName] = column;
                used.Add(column);
                used.Add(partner);
                int? importance = _header.Find(featureName + "_importance") ?? _header.Find(featureName + "_imp") ?? _header.Find(featureName + " (importance)");
                if (importance is int i)
                {
                    used.Add(i);
                }

                features.Add(new WideFeature(featureName, column, partner, importance));
                break;
            }
        }

        ReportUnpaired(used);
        return [.. features];
    }

    /// <summary>Columns named like a functional or dysfunctional answer that found no partner are reported, not ignored.</summary>
    private void ReportUnpaired(HashSet<int> used)
    {
        for (int column = 0; column < _header.Width; column++)
        {
            if (used.Contains(column) || !_header.Usable[column])
            {
                continue;
            }

            string name = _header.Names[column];
            foreach (var form in ColumnPairing.Forms.Where(f => f.Explicit))
            {
                if (ColumnPairing.FunctionalBase(name, form) is { } feature)
                {
                    string partner = ColumnPairing.Dysfunctional(feature, form);
                    _sink.Report(DiagnosticKind.BadHeader, _header.Lines[column], _header.Columns[column], $"column '{name}' has no dysfunctional partner", name, $"a column named '{partner}'");
                    break;
                }

                if (ColumnPairing.DysfunctionalBase(name, form) is { } other)
                {
                    string partner = ColumnPairing.Functional(other, form);
                    _sink.Report(DiagnosticKind.BadHeader, _header.Lines[column], _header.Columns[column], $"column '{name}' has no functional partner", name, $"a column named '{partner}'");
                    break;
                }
            }
        }
    }

    /// <summary>The respondent-level columns a reader keeps when asked to.</summary>
    private sealed class RespondentColumns(int features, int attributes)
    {
        private readonly List<string> _ids = [];
        private readonly List<Answer>[] _functional = [.. Enumerable.Range(0, features).Select(_ => new List<Answer>())];
        private readonly List<Answer>[] _dysfunctional = [.. Enumerable.Range(0, features).Select(_ => new List<Answer>())];
        private readonly List<string>[] _attributes = [.. Enumerable.Range(0, attributes).Select(_ => new List<string>())];
        private int _attribute;

        public void Answers(int feature, Answer functional, Answer dysfunctional)
        {
            _functional[feature].Add(functional);
            _dysfunctional[feature].Add(dysfunctional);
        }

        public void Respondent(string id)
        {
            _ids.Add(id);
            _attribute = 0;
        }

        public void Attribute(string value) => _attributes[_attribute++].Add(value);

        /// <summary>A rejected row keeps its place in the survey, with every answer missing.</summary>
        public void AddRejected(string id, int attributeCount)
        {
            for (int k = 0; k < _functional.Length; k++)
            {
                Answers(k, Answer.Missing, Answer.Missing);
            }

            Respondent(id.Length > 0 ? id : string.Create(CultureInfo.InvariantCulture, $"(rejected row {_ids.Count + 1})"));
            for (int a = 0; a < attributeCount; a++)
            {
                Attribute(string.Empty);
            }
        }

        public KanoSurvey ToSurvey(IEnumerable<string> featureNames, IEnumerable<string> attributeNames) =>
            KanoSurvey.Create(
                _ids,
                featureNames.Select((name, k) => new SurveyFeature(name, _functional[k].ToArray(), _dysfunctional[k].ToArray())),
                attributeNames.Select((name, a) => new RespondentColumn(name, [.. _attributes[a]])));
    }
}
