using System.Globalization;
using KanoKit.Answers;

namespace KanoKit.Reading.Detection;

/// <summary>
/// Detects what a survey export holds from its first two rows: a long file under other column names
/// (<c>respondent_id,feature_name,functional_answer,…</c>), a tall file with one answer per row and a question-type
/// column, or a wide file whose functional/dysfunctional columns are paired by their texts — the header's names,
/// or the question texts of a second header row (Qualtrics), or a matrix question written over its first
/// sub-column with the items in the second row (SurveyMonkey). Two readings at once are an error naming both, never
/// a guess; a column that looks like a Kano answer column but found no partner is reported.
/// </summary>
internal static partial class ExportDetector
{
    private static readonly string[] ImportanceWords = ["important", "importance", "imp", "wichtig", "wichtigkeit", "重要", "importante", "importancia"];

    public static ExportShape Detect(CapturedRow header, CapturedRow? second, ReadPlan plan, DiagnosticSink sink)
    {
        string[] names = header.Fields;
        if (names.Any(n => n.Equals("feature", StringComparison.OrdinalIgnoreCase))
            && (names.Any(n => n.Equals("count", StringComparison.OrdinalIgnoreCase))
                || KanoCategories.All.Any(c => names.Any(n => n.Equals(c.Letter().ToString(), StringComparison.OrdinalIgnoreCase)))))
        {
            return ExportShape.AsIs(names); // counts and cells files: today's rules
        }

        bool secondIsData = second is not null && second.Fields.Any(f => QuestionText.IsAnswer(plan.Scale, f));
        // One-letter and ordinal suffixes pair when the first data row holds an answer (or nothing) in both columns.
        bool AnswerOrEmpty(string cell) => cell.Length == 0 || QuestionText.IsAnswer(plan.Scale, cell);
        bool Confirmed(int f, int d) => !secondIsData || (AnswerOrEmpty(second![f]) && AnswerOrEmpty(second[d]));

        var (pairs, texts, how) = WidePairs(header, second, secondIsData, Confirmed);
        int? feature = ColumnNames.Find(names, ColumnRole.Feature);
        int? functional = ColumnNames.Find(names, ColumnRole.Functional);
        int? dysfunctional = ColumnNames.Find(names, ColumnRole.Dysfunctional);
        int? type = ColumnNames.Find(names, ColumnRole.QuestionType);
        int? answer = ColumnNames.Find(names, ColumnRole.Answer);
        string? respondent = ColumnNames.Find(names, ColumnRole.Respondent) is int r ? names[r] : null;

        if (feature is int fc && functional is int fu && dysfunctional is int dy)
        {
            var others = pairs.Where(p => !(p.Functional == fu && p.Dysfunctional == dy)).ToList();
            if (others.Count > 0)
            {
                throw Ambiguous(sink, header, $"a long file (columns '{names[fc]}', '{names[fu]}', '{names[dy]}')", others, names);
            }

            return new ExportShape(SurveyLayout.Long, names, [], respondent, $"long file: feature '{names[fc]}', functional '{names[fu]}', dysfunctional '{names[dy]}'");
        }

        bool tallValues = second is null || (type is int t && ColumnNames.QuestionType(second[t]) is not null);
        if (feature is int tf && type is int tt && answer is int ta && tallValues)
        {
            if (pairs.Count > 0)
            {
                throw Ambiguous(sink, header, $"a tall file (columns '{names[tf]}', '{names[tt]}', '{names[ta]}')", pairs, names);
            }

            return new ExportShape(SurveyLayout.Tall, names, [], respondent, $"tall file: feature '{names[tf]}', question type '{names[tt]}', answer '{names[ta]}'");
        }

        if (pairs.Count == 0)
        {
            return ExportShape.AsIs(names);
        }

        string[] headerNames = NamesWithTexts(names, texts);
        var used = new HashSet<int>(pairs.SelectMany(p => new[] { p.Functional, p.Dysfunctional }));
        int? respondentColumn = Respondent(headerNames, used);
        if (respondentColumn is int rc)
        {
            used.Add(rc);
        }

        var kept = new List<QuestionPair>();
        var firstColumn = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            if (!firstColumn.TryAdd(pair.Name, pair.Functional))
            {
                sink.Report(
                    DiagnosticKind.BadHeader, header.Lines[pair.Functional], header.Columns[pair.Functional],
                    string.Create(CultureInfo.InvariantCulture, $"feature '{pair.Name}' has two column pairs (first at column {firstColumn[pair.Name] + 1})"),
                    header[pair.Functional], "each feature once");
                continue;
            }

            kept.Add(pair);
        }

        // Importance by name first (the column asks for importance and names the feature: its cells are then read as
        // ratings, a cell that is not one reported), then by place: an importance question right after a pair that found
        // none by name ("How important is this to you?"), taken only when the first data row holds a rating or nothing there.
        bool Rating(int column) => !secondIsData || second![column].Length == 0 || ImportanceText.TryParse(second[column], decimalComma: true, out ImportanceRating _);
        var importance = new int?[kept.Count];
        for (int k = 0; k < kept.Count; k++)
        {
            importance[k] = Importance(kept[k].Name, texts, used);
            if (importance[k] is int i)
            {
                used.Add(i);
            }
        }

        for (int k = 0; k < kept.Count; k++)
        {
            int next = Math.Max(kept[k].Functional, kept[k].Dysfunctional) + 1;
            if (importance[k] is null && next < texts.Length && !used.Contains(next) && texts[next] is { } text
                && (QuestionText.Of(text).Words.Any(w => ImportanceWords.Contains(w)) || text.Contains("重要", StringComparison.Ordinal)) && Rating(next))
            {
                importance[k] = next;
                used.Add(next);
            }
        }

        var features = kept.Select((pair, k) => new FeatureDefinition(pair.Name, Reference(names, pair.Functional), Reference(names, pair.Dysfunctional), importance[k] is int c ? Reference(names, c) : null)).ToList();

        ReportStrays(header, second, secondIsData, texts, used, plan, sink);
        return new ExportShape(SurveyLayout.Wide, headerNames, features.ToEquatableArray(), respondentColumn is int id ? Reference(names, id) : null, how);
    }

    /// <summary>Pairs from the header names, else from the second row's question texts, else from matrix texts (first row carried right, " - ", second row).</summary>
    private static (List<QuestionPair> Pairs, string?[] Texts, string How) WidePairs(CapturedRow header, CapturedRow? second, bool secondIsData, Func<int, int, bool> confirmed)
    {
        // Blank and repeated names take no part (the header reports them).
        var counts = header.Fields.GroupBy(f => f, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        string?[] own = [.. header.Fields.Select(f => f.Length == 0 || counts[f] > 1 ? null : f)];
        var pairs = QuestionPairs.Find(Texts(own), confirmed);
        if (second is null || secondIsData)
        {
            return (pairs, own, "column pairs by name or question text");
        }

        // A second header row: its texts alone when the first row pairs nothing (Qualtrics), or the first row's texts
        // carried over blank cells and joined with the second row's items (SurveyMonkey) when that pairs as many or more.
        var best = (pairs, own, "column pairs by name or question text");
        string?[] row2 = [.. Enumerable.Range(0, header.Fields.Length).Select(i => second[i].Length == 0 ? null : second[i])];
        pairs = QuestionPairs.Find(Texts(row2), confirmed);
        if (best.pairs.Count == 0 && pairs.Count > 0)
        {
            best = (pairs, row2, "question texts in header row 2");
        }

        var matrix = new string?[header.Fields.Length];
        string? carried = null;
        for (int i = 0; i < matrix.Length; i++)
        {
            carried = header.Fields[i].Length > 0 ? header.Fields[i] : carried;
            string item = second[i];
            matrix[i] = item.Length == 0 || item.Equals("Response", StringComparison.OrdinalIgnoreCase) || item.Equals("Open-Ended Response", StringComparison.OrdinalIgnoreCase)
                ? header.Fields[i].Length > 0 ? header.Fields[i] : null
                : carried is null ? item : carried + " - " + item;
        }

        pairs = QuestionPairs.Find(Texts(matrix), confirmed);
        return pairs.Count >= best.pairs.Count && pairs.Count > 0 ? (pairs, matrix, "matrix questions over two header rows") : best;
    }

    /// <summary>The texts to compare, each without a leading question code such as LimeSurvey's <c>Q1[SQ001]. </c>.</summary>
    private static QuestionText?[] Texts(string?[] texts) => [.. texts.Select(t => t is null ? null : QuestionText.Of(LeadingCode().Replace(t, string.Empty)))];

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_]*\d+[\w\[\]]*[.:]\s+(?=\S)")]
    private static partial System.Text.RegularExpressions.Regex LeadingCode();

    /// <summary>The header names, with the text detection used for each column whose name is blank, when unique.</summary>
    private static string[] NamesWithTexts(string[] names, string?[] texts)
    {
        var result = (string[])names.Clone();
        var taken = new HashSet<string>(names.Where(n => n.Length > 0), StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < result.Length; i++)
        {
            if (result[i].Length == 0 && texts[i] is { Length: > 0 } text && taken.Add(text))
            {
                result[i] = text;
            }
        }

        return result;
    }

    /// <summary>A column by its header name when that is unique, else (blank, repeated) by position ("#7"), so that a definition written from it finds it again.</summary>
    private static string Reference(string[] names, int column) =>
        names[column].Length > 0 && !names[column].StartsWith('#') && names.Count(n => n.Equals(names[column], StringComparison.OrdinalIgnoreCase)) == 1
            ? names[column]
            : string.Create(CultureInfo.InvariantCulture, $"#{column + 1}");

    private static int? Respondent(string[] names, HashSet<int> used)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (names[i] == "#" && !used.Contains(i))
            {
                return i; // Typeform
            }
        }

        var free = names.Select((n, i) => used.Contains(i) ? string.Empty : n).ToArray();
        return ColumnNames.Find(free, ColumnRole.Respondent);
    }

    /// <summary>An unpaired column about the feature that asks for importance: "Dark mode importance", "dark_mode_imp", "How important is … - Dark mode".</summary>
    private static int? Importance(string feature, string?[] texts, HashSet<int> used)
    {
        string key = ColumnNames.Key(feature);
        for (int i = 0; i < texts.Length; i++)
        {
            if (used.Contains(i) || texts[i] is not { } text)
            {
                continue;
            }

            var words = QuestionText.Of(text);
            if (AsksImportance(text) && key.Length > 0 && ColumnNames.Key(text).Contains(key, StringComparison.Ordinal)
                && Enumerable.Range(0, words.Count).Any(from => Enumerable.Range(from + 1, words.Count - from).Any(to => ColumnNames.Key(words.Original(from, to)) == key)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Whether a column's text asks for importance: a word such as "important", "importance", "imp", "wichtig", "重要", "importante".</summary>
    private static bool AsksImportance(string text) =>
        QuestionText.Of(text).Words.Any(w => ImportanceWords.Contains(w)) || ImportanceWords.Any(w => w.Length > 1 && text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Columns that look like Kano answers — named functional/dysfunctional, or holding answer labels — but found no partner.</summary>
    private static void ReportStrays(CapturedRow header, CapturedRow? second, bool secondIsData, string?[] texts, HashSet<int> used, ReadPlan plan, DiagnosticSink sink)
    {
        for (int i = 0; i < texts.Length; i++)
        {
            if (used.Contains(i) || texts[i] is not { } text || plan.Segments.Items.Contains(header[i], StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            var words = QuestionText.Of(text).Words;
            bool named = words.Any(w => w is "functional" or "dysfunctional" or "funktional" or "dysfunktional" or "funcional" or "disfuncional");
            string cell = secondIsData ? second![i] : string.Empty;
            bool answers = cell.Length > 0 && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && QuestionText.IsAnswer(plan.Scale, cell);
            if (named || answers)
            {
                sink.Report(
                    DiagnosticKind.BadHeader, header.Lines[i], header.Columns[i],
                    named ? $"column '{text}' has no {(words.Any(w => w is "dysfunctional" or "dysfunktional" or "disfuncional") ? "functional" : "dysfunctional")} partner"
                          : $"column '{text}' holds answers ('{cell}') but was not paired with another column",
                    text, "a functional and a dysfunctional column per feature, a definition, or --pair-by-position with --columns");
            }
        }
    }

    private static KanoDataException Ambiguous(DiagnosticSink sink, CapturedRow header, string first, List<QuestionPair> pairs, string[] names)
    {
        string wide = string.Join(", ", pairs.Take(4).Select(p => string.Create(CultureInfo.InvariantCulture, $"'{p.Name}' (columns {p.Functional + 1}–{p.Dysfunctional + 1}: '{names[p.Functional]}', '{names[p.Dysfunctional]}')")));
        return sink.Fatal(
            DiagnosticKind.BadHeader, header.Lines.Length > 0 ? header.Lines[0] : 1, 1,
            $"the file could be {first} or a wide file with the pairs {wide}", null,
            "--input long, --input tall, --input wide, or a survey definition saying which");
    }
}
