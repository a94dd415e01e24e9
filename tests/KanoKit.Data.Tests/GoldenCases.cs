using KanoKit.Answers;
using KanoKit.Data.Sql;

namespace KanoKit.Data.Tests;

/// <summary>
/// The counting queries kept as golden files (Golden/&lt;case&gt;.&lt;dialect&gt;.sql) and the small survey each is
/// executed on. Names are awkward on purpose: a table name with a space, a feature with an apostrophe, a column with a
/// double quote — quoting must keep them data.
/// </summary>
internal static class GoldenCases
{
    public const string Table = "kano answers";

    public static readonly KeyValuePair<string, Answer>[] Labels =
    [
        new("I like it", Answer.Like), new("I expect it", Answer.MustBe), new("I am neutral", Answer.Neutral),
        new("I can live with it", Answer.LiveWith), new("I dislike it", Answer.Dislike),
    ];

    /// <summary>Wide answers: respondent, region, and two features.</summary>
    public static readonly string[] WideColumns = ["respondent", "region", "wifi_functional", "wifi_dysfunctional", "o'clock_functional", "price\"tag_dysfunctional"];

    public static readonly string[][] WideRows =
    [
        ["r1", "north", "1", "5", "I like it", "2"],
        ["r2", "south", "5", "1", "", "i dislike it."],
        ["r3", "north", "", "3", "4", "4"],
        ["r4", "", "2", "2", "3", "I CAN LIVE WITH IT"],
        ["r5", "south", "1", "4", "5", ""],
    ];

    public static readonly string[] LongColumns = ["respondent", "region", "feature", "functional", "dysfunctional"];

    public static readonly string[][] LongRows =
    [
        ["r1", "north", "wifi", "0", "4"],
        ["r1", "north", "o'clock", "I like it", "1"],
        ["r2", "south", "wifi", "4", ""],
        ["r3", "north", "wifi", "2", "I am neutral"],
        ["r3", "north", "o'clock", "3", "3"],
    ];

    public static WideAnswers Wide(bool segmented) => new(
        [new WideFeature("wifi", "wifi_functional", "wifi_dysfunctional"), new WideFeature("o'clock", "o'clock_functional", "price\"tag_dysfunctional")],
        segmented ? ["region"] : null);

    /// <summary>Case name, shape, scale.</summary>
    public static IEnumerable<(string Name, AnswerShape Shape, AnswerScale Scale, bool Long)> All =>
    [
        ("wide-standard", Wide(segmented: false), AnswerScale.Standard, false),
        ("wide-reversed-segment", Wide(segmented: true), AnswerScale.Reversed, false),
        ("long-zero-based-segment", new LongAnswers(segments: ["region"]), AnswerScale.ZeroBased, true),
    ];

    public static readonly SqlDialect[] Dialects = Enum.GetValues<SqlDialect>();

    public static CountingQuery Query(string name, SqlDialect dialect)
    {
        var @case = All.Single(c => c.Name == name);
        return CountingQuery.Build(SqlSource.Table(Table), @case.Shape, dialect, @case.Scale, Labels);
    }

    public static string FileName(string name, SqlDialect dialect) => $"{name}.{dialect.ToString().ToLowerInvariant()}.sql";

    /// <summary>The case's data as a CSV for KanoKit's own reader: what the query's result must equal.</summary>
    public static string Csv(bool @long)
    {
        var columns = @long ? LongColumns : WideColumns;
        var rows = @long ? LongRows : WideRows;
        static string Quote(string f) => f.Contains(',', StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal) ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f;
        return string.Join("\n", rows.Prepend(columns).Select(r => string.Join(",", r.Select(Quote)))) + "\n";
    }
}
