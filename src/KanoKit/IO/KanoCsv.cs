using System.Collections.Immutable;
using System.Globalization;
using KanoKit.Answers;
using KanoKit.Surveys;
using KanoKit.Tallies;

namespace KanoKit.IO;

/// <summary>
/// Reads Kano surveys from delimited text: long and wide respondent files, published category counts and
/// counted answer pairs. Bad input is a <see cref="KanoDataException"/> naming file, line, column, value and
/// what was expected; nothing is guessed and no row is dropped silently.
/// </summary>
public static class KanoCsv
{
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "id"];
    private const string FunctionalSuffix = "_functional";
    private const string DysfunctionalSuffix = "_dysfunctional";

    /// <summary>Reads the file at <paramref name="path"/>; the path is the source named in errors.</summary>
    /// <exception cref="KanoDataException">The content is not a readable survey.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyData Read(string path, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path, options);
    }

    /// <summary>Reads survey content held in memory (UTF-8 with or without BOM, or UTF-16 with BOM).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="source">The name errors give for the content, e.g. its file name.</param>
    /// <param name="options">How to read; <see cref="CsvReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <exception cref="KanoDataException">The content is not a readable survey.</exception>
    public static SurveyData Parse(ReadOnlySpan<byte> content, string source, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(SourceText.Decode(content, source), source, options);
    }

    /// <summary>Reads survey content from text.</summary>
    /// <exception cref="KanoDataException">The content is not a readable survey.</exception>
    public static SurveyData Parse(string text, string source, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        options ??= CsvReadOptions.Default;
        var table = CsvTable.Parse(text, source, options.Delimiter);
        var layout = options.Layout == CsvLayout.Auto ? Detect(table) : options.Layout;
        return layout switch
        {
            CsvLayout.Long => SurveyData.FromSurvey(layout, ReadLong(table, options.Scale)),
            CsvLayout.Wide => SurveyData.FromSurvey(layout, ReadWide(table, options.Scale)),
            CsvLayout.Counts => SurveyData.FromCounts(ReadCounts(table)),
            CsvLayout.Cells => SurveyData.FromTallies(ReadCells(table, options.Scale)),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Layout, "Unknown CSV layout."),
        };
    }

    private static CsvLayout Detect(CsvTable table)
    {
        bool Has(params string[] names) => names.All(name => table.Find(name) is not null);
        if (Has("feature") && KanoCategories.All.Any(c => Has(c.Letter().ToString())))
        {
            return CsvLayout.Counts;
        }

        if (Has("feature", "functional", "dysfunctional", "count"))
        {
            return CsvLayout.Cells;
        }

        return Has("feature", "functional", "dysfunctional") ? CsvLayout.Long : CsvLayout.Wide;
    }

    private static KanoSurvey ReadLong(CsvTable table, AnswerScale scale)
    {
        int respondentColumn = RespondentNames.Select(table.Find).FirstOrDefault(c => c is not null)
            ?? throw MissingColumn(table, "respondent", "respondent,feature,functional,dysfunctional");
        int featureColumn = Require(table, "feature", "respondent,feature,functional,dysfunctional");
        int functionalColumn = Require(table, "functional", "respondent,feature,functional,dysfunctional");
        int dysfunctionalColumn = Require(table, "dysfunctional", "respondent,feature,functional,dysfunctional");

        var respondents = new List<string>();
        var respondentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var features = new List<(string Name, List<Answer> Functional, List<Answer> Dysfunctional, Dictionary<int, int> Seen)>();
        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var row in table.Rows)
        {
            var respondentField = row.Fields[respondentColumn];
            string respondent = RequireText(table, respondentField, "a respondent id");
            var featureField = row.Fields[featureColumn];
            string feature = RequireText(table, featureField, "a feature name");

            if (!respondentIndex.TryGetValue(respondent, out int r))
            {
                r = respondents.Count;
                respondentIndex[respondent] = r;
                respondents.Add(respondent);
            }

            if (!featureIndex.TryGetValue(feature, out int f))
            {
                f = features.Count;
                featureIndex[feature] = f;
                features.Add((feature, [], [], []));
            }

            var entry = features[f];
            if (entry.Seen.TryGetValue(r, out int firstLine))
            {
                throw new KanoDataException(
                    table.Source, featureField.Line, featureField.Column,
                    string.Create(CultureInfo.InvariantCulture, $"respondent '{respondent}' answers feature '{feature}' twice (first on line {firstLine})"),
                    feature, "one row per respondent and feature");
            }

            entry.Seen[r] = row.Line;
            Pad(entry.Functional, r);
            Pad(entry.Dysfunctional, r);
            entry.Functional[r] = ParseAnswer(table, row.Fields[functionalColumn], functionalColumn, scale);
            entry.Dysfunctional[r] = ParseAnswer(table, row.Fields[dysfunctionalColumn], dysfunctionalColumn, scale);
        }

        return KanoSurvey.Create(
            respondents,
            features.Select(f =>
            {
                Pad(f.Functional, respondents.Count - 1);
                Pad(f.Dysfunctional, respondents.Count - 1);
                return new SurveyFeature(f.Name, f.Functional.ToArray(), f.Dysfunctional.ToArray());
            }));
    }

    private static KanoSurvey ReadWide(CsvTable table, AnswerScale scale)
    {
        var pairs = new List<(string Name, int Functional, int Dysfunctional)>();
        var paired = new bool[table.Width];
        for (int column = 0; column < table.Width; column++)
        {
            string name = table.Name(column);
            bool functional = name.EndsWith(FunctionalSuffix, StringComparison.OrdinalIgnoreCase)
                && !name.EndsWith(DysfunctionalSuffix, StringComparison.OrdinalIgnoreCase);
            bool dysfunctional = name.EndsWith(DysfunctionalSuffix, StringComparison.OrdinalIgnoreCase);
            if (!functional && !dysfunctional)
            {
                continue;
            }

            string feature = name[..^(functional ? FunctionalSuffix.Length : DysfunctionalSuffix.Length)];
            string partnerName = feature + (functional ? DysfunctionalSuffix : FunctionalSuffix);
            var field = table.Header.Fields[column];
            if (table.Find(partnerName) is not int partner)
            {
                throw new KanoDataException(
                    table.Source, field.Line, field.Column,
                    $"column '{name}' has no {(functional ? "dysfunctional" : "functional")} partner",
                    name, $"a column named '{partnerName}'");
            }

            if (feature.Trim().Length == 0)
            {
                throw new KanoDataException(table.Source, field.Line, field.Column, $"column '{name}' names no feature", name, "'<feature>" + (functional ? FunctionalSuffix : DysfunctionalSuffix) + "'");
            }

            paired[column] = true;
            if (functional)
            {
                pairs.Add((feature.Trim(), column, partner));
            }
        }

        if (pairs.Count == 0)
        {
            throw new KanoDataException(
                table.Source, table.Header.Line, 1, "the header has no functional/dysfunctional column pairs", null,
                "a long file (respondent,feature,functional,dysfunctional) or wide columns such as 'wifi_functional' and 'wifi_dysfunctional'");
        }

        var unpaired = Enumerable.Range(0, table.Width).Where(c => !paired[c]).ToList();
        int? respondentColumn = RespondentNames.Select(table.Find).FirstOrDefault(c => c is not null && !paired[c.Value])
            ?? (unpaired.Count > 0 ? unpaired[0] : null);
        var attributeColumns = unpaired.Where(c => c != respondentColumn).ToArray();

        var respondents = new List<string>();
        var functionalAnswers = pairs.Select(_ => new List<Answer>()).ToArray();
        var dysfunctionalAnswers = pairs.Select(_ => new List<Answer>()).ToArray();
        var attributes = attributeColumns.Select(_ => ImmutableArray.CreateBuilder<string>()).ToArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string respondent;
            if (respondentColumn is int idColumn)
            {
                var idField = row.Fields[idColumn];
                respondent = RequireText(table, idField, "a respondent id");
                if (!seen.TryAdd(respondent, row.Line))
                {
                    throw new KanoDataException(
                        table.Source, idField.Line, idField.Column,
                        string.Create(CultureInfo.InvariantCulture, $"respondent '{respondent}' appears twice (first on line {seen[respondent]})"),
                        respondent, "one row per respondent");
                }
            }
            else
            {
                respondent = (respondents.Count + 1).ToString(CultureInfo.InvariantCulture);
            }

            respondents.Add(respondent);
            for (int p = 0; p < pairs.Count; p++)
            {
                functionalAnswers[p].Add(ParseAnswer(table, row.Fields[pairs[p].Functional], pairs[p].Functional, scale));
                dysfunctionalAnswers[p].Add(ParseAnswer(table, row.Fields[pairs[p].Dysfunctional], pairs[p].Dysfunctional, scale));
            }

            for (int a = 0; a < attributeColumns.Length; a++)
            {
                attributes[a].Add(row.Fields[attributeColumns[a]].Value.Trim());
            }
        }

        RequireDistinctFeatures(table, pairs);
        return KanoSurvey.Create(
            respondents,
            pairs.Select((p, i) => new SurveyFeature(p.Name, functionalAnswers[i].ToArray(), dysfunctionalAnswers[i].ToArray())),
            attributeColumns.Select((c, i) => new RespondentColumn(table.Name(c), attributes[i].ToImmutable())));
    }

    private static ImmutableArray<FeatureCounts> ReadCounts(CsvTable table)
    {
        const string layout = "feature,A,O,M,I,R,Q";
        int featureColumn = Require(table, "feature", layout);
        int[] categoryColumns = KanoCategories.All.Select(c => Require(table, c.Letter().ToString(), layout)).ToArray();
        int? missingColumn = table.Find("missing");
        var result = new List<FeatureCounts>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var featureField = row.Fields[featureColumn];
            string feature = RequireText(table, featureField, "a feature name");
            if (!seen.TryAdd(feature, row.Line))
            {
                throw DuplicateFeature(table, featureField, feature, seen[feature]);
            }

            var c = categoryColumns.Select(column => ParseCount(table, row.Fields[column], column)).ToArray();
            long missing = missingColumn is int m ? ParseCount(table, row.Fields[m], m) : 0;
            var counts = new CategoryCounts(c[0], c[1], c[2], c[3], c[4], c[5]);
            if (c.Aggregate(0m, (sum, count) => sum + count) > long.MaxValue)
            {
                throw TooLarge(table, featureField, feature);
            }

            result.Add(new FeatureCounts(feature, counts, missing));
        }

        return [.. result];
    }

    private static ImmutableArray<FeatureTally> ReadCells(CsvTable table, AnswerScale scale)
    {
        const string layout = "feature,functional,dysfunctional,count";
        int featureColumn = Require(table, "feature", layout);
        int functionalColumn = Require(table, "functional", layout);
        int dysfunctionalColumn = Require(table, "dysfunctional", layout);
        int countColumn = Require(table, "count", layout);
        var features = new List<(string Name, long[] Cells, long[] Missing)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string feature = RequireText(table, row.Fields[featureColumn], "a feature name");
            if (!index.TryGetValue(feature, out int f))
            {
                f = features.Count;
                index[feature] = f;
                features.Add((feature, new long[PairTally.CellCount], new long[1]));
            }

            var functional = ParseAnswer(table, row.Fields[functionalColumn], functionalColumn, scale);
            var dysfunctional = ParseAnswer(table, row.Fields[dysfunctionalColumn], dysfunctionalColumn, scale);
            long count = ParseCount(table, row.Fields[countColumn], countColumn);
            var entry = features[f];
            var slot = functional == Answer.Missing || dysfunctional == Answer.Missing
                ? entry.Missing.AsSpan()
                : entry.Cells.AsSpan(EvaluationTable.CellIndex(functional, dysfunctional), 1);
            slot[0] += count;
            if (slot[0] < 0 || entry.Cells.Aggregate(0m, (sum, cell) => sum + cell) > long.MaxValue)
            {
                throw TooLarge(table, row.Fields[countColumn], feature);
            }
        }

        return [.. features.Select(f => new FeatureTally(f.Name, PairTally.FromCells(f.Cells, f.Missing[0])))];
    }

    private static Answer ParseAnswer(CsvTable table, CsvField field, int column, AnswerScale scale)
    {
        if (scale.TryParse(field.Value, out var answer))
        {
            return answer;
        }

        throw new KanoDataException(
            table.Source, field.Line, field.Column,
            $"'{field.Value.Trim()}' is not an answer in column '{table.Name(column)}'",
            field.Value, scale.Expected);
    }

    private static long ParseCount(CsvTable table, CsvField field, int column)
    {
        if (long.TryParse(field.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long count))
        {
            return count;
        }

        throw new KanoDataException(
            table.Source, field.Line, field.Column,
            $"'{field.Value.Trim()}' is not a count in column '{table.Name(column)}'",
            field.Value, "a whole number ≥ 0");
    }

    private static string RequireText(CsvTable table, CsvField field, string what)
    {
        string text = field.Value.Trim();
        if (text.Length == 0)
        {
            throw new KanoDataException(table.Source, field.Line, field.Column, $"{what} is empty", field.Value, what);
        }

        return text;
    }

    private static int Require(CsvTable table, string name, string layout) =>
        table.Find(name) ?? throw MissingColumn(table, name, layout);

    private static KanoDataException MissingColumn(CsvTable table, string name, string layout) =>
        new(table.Source, table.Header.Line, 1, $"the header has no '{name}' column", null, $"the columns {layout}");

    private static KanoDataException TooLarge(CsvTable table, CsvField field, string feature) =>
        new(table.Source, field.Line, field.Column, $"the counts of feature '{feature}' add up to more than a 64-bit count holds", field.Value, "counts whose total is below 9.2 × 10^18");

    private static KanoDataException DuplicateFeature(CsvTable table, CsvField field, string feature, int firstLine) =>
        new(table.Source, field.Line, field.Column,
            string.Create(CultureInfo.InvariantCulture, $"feature '{feature}' appears twice (first on line {firstLine})"),
            feature, "each feature once");

    private static void RequireDistinctFeatures(CsvTable table, List<(string Name, int Functional, int Dysfunctional)> pairs)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, functional, _) in pairs)
        {
            if (!seen.TryAdd(name, functional))
            {
                var field = table.Header.Fields[functional];
                throw new KanoDataException(
                    table.Source, field.Line, field.Column,
                    string.Create(CultureInfo.InvariantCulture, $"feature '{name}' has two column pairs (first at column {seen[name] + 1})"),
                    field.Value, "each feature once");
            }
        }
    }

    private static void Pad(List<Answer> column, int index)
    {
        while (column.Count <= index)
        {
            column.Add(Answer.Missing);
        }
    }
}
