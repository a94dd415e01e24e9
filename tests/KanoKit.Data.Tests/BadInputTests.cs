using DuckDB.NET.Data;
using KanoKit.Answers;
using KanoKit.Data.Sql;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data.Tests;

/// <summary>
/// Bad input through the database path is located as in files — line = result row, column = 1-based ordinal,
/// named in the message, with the value and what was expected — and lenient mode counts it as rejected.
/// </summary>
public sealed class BadInputTests
{
    private const string Columns = "t(feature, functional, dysfunctional, count)";

    private static SurveyData Read(string values, ReadMode mode, CellReadOptions? options = null)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM (VALUES {values}) {Columns}";
        using var reader = command.ExecuteReader();
        return CellReader.Read(reader, (options ?? CellReadOptions.Default) with { Mode = mode, Source = "cells" });
    }

    [Fact]
    public void Rows_of_the_same_pair_add_up_and_a_null_side_is_missing()
    {
        var data = Read("('wifi', 1, 2, 3), ('wifi', 1, 2, 4), ('wifi', NULL, 2, 5), ('dark', 5, 5, 1)", ReadMode.Strict);
        var wifi = data.Tallies.Features.Single(t => t.Name == "wifi");
        Assert.Equal(7, wifi.Tally[Answer.Like, Answer.MustBe]);
        Assert.Equal(7, wifi.Tally.Total);
        Assert.Equal(5, wifi.Tally.Missing);
        Assert.Equal(1, data.Tallies.Features.Single(t => t.Name == "dark").Tally[Answer.Dislike, Answer.Dislike]);
    }

    [Fact]
    public void A_null_count_is_located()
    {
        var e = Assert.Throws<KanoDataException>(() => Read("('wifi', 1, 2, 3), ('wifi', 1, 3, NULL)", ReadMode.Strict));
        Assert.Equal(("cells", 2, 4, "NULL", "a whole number ≥ 0"), (e.DataSource, e.Line, e.Column, e.Value, e.Expected));
        Assert.Contains("column 'count'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_located()
    {
        var e = Assert.Throws<KanoDataException>(() => Read("('wifi', 1, 2, -2)", ReadMode.Strict));
        Assert.Equal((1, 4, "-2"), (e.Line, e.Column, e.Value));
        Assert.Contains("negative", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_code_out_of_range_is_located()
    {
        var e = Assert.Throws<KanoDataException>(() => Read("('wifi', 1, 2, 3), ('wifi', 1, 2, 3), ('wifi', 7, 2, 1)", ReadMode.Strict));
        Assert.Equal((3, 2, "7", AnswerScale.Standard.Expected), (e.Line, e.Column, e.Value, e.Expected));
        Assert.Contains("column 'functional'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_is_located()
    {
        var e = Assert.Throws<KanoDataException>(() => Read("('wifi', 'I like it', 'I adore it', 3)", ReadMode.Strict));
        Assert.Equal((1, 3, "I adore it"), (e.Line, e.Column, e.Value));
        Assert.Contains("column 'dysfunctional'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Lenient_mode_counts_each_bad_row_as_rejected_pairs_and_records_it()
    {
        var data = Read(
            "('wifi', '1', '2', 3), ('wifi', '7', '2', 5), ('wifi', 'I adore it', '1', 2), ('wifi', '1', '1', NULL), ('wifi', '1', '1', -4)",
            ReadMode.Lenient);
        var wifi = Assert.Single(data.Tallies.Features);
        Assert.Equal(3, wifi.Tally.Total);
        Assert.Equal(7, wifi.Rejected); // the 5 and the 2 pairs with unknown answers; rows without a count have no pairs to reject
        Assert.Equal(4, data.DiagnosticTotal);
        Assert.Equal(2, data.DiagnosticCount(DiagnosticKind.UnknownAnswer));
        Assert.Equal(2, data.DiagnosticCount(DiagnosticKind.BadNumber));
        Assert.Equal([2, 3, 4, 5], data.Diagnostics.Select(d => d.Line));
    }

    [Fact]
    public void A_missing_column_is_an_error_in_either_mode()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 'wifi' AS feature, 1 AS functional, 2 AS dysfunctional";
        using var reader = command.ExecuteReader();
        var e = Assert.Throws<KanoDataException>(() => CellReader.Read(reader, CellReadOptions.Default with { Mode = ReadMode.Lenient }));
        Assert.Contains("no 'count' column", e.Problem, StringComparison.Ordinal);
    }

    /// <summary>Through the counting query on a non-standard scale: n + missing + rejected = respondents, and the error shows the original value.</summary>
    [Fact]
    public void Mapped_answers_keep_the_original_value_and_the_respondent_balance()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE answers AS SELECT * FROM (VALUES
                    ('r1', 5, 1), ('r2', 9, 1), ('r3', NULL, 2), ('r4', 4, 3), ('r5', 1, 1)) t(respondent, wifi_f, wifi_d)
                """;
            create.ExecuteNonQuery();
        }

        var query = CountingQuery.Build(SqlSource.Table("answers"), new WideAnswers([new WideFeature("wifi", "wifi_f", "wifi_d")]), SqlDialect.DuckDb, AnswerScale.Reversed);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = query.Text;
            using var reader = command.ExecuteReader();
            var e = Assert.Throws<KanoDataException>(() => CellReader.Read(reader, query.ReadOptions(ReadMode.Strict, "answers")));
            Assert.Equal(("9", AnswerScale.Reversed.Expected), (e.Value, e.Expected));
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = query.Text;
            using var reader = command.ExecuteReader();
            var data = CellReader.Read(reader, query.ReadOptions(ReadMode.Lenient, "answers"));
            var wifi = Assert.Single(data.Tallies.Features);
            Assert.Equal(5, data.Respondents);
            Assert.Equal((3L, 1L, 1L), (wifi.Tally.Total, wifi.Tally.Missing, wifi.Rejected));
            Assert.Equal(1, wifi.Tally[Answer.Like, Answer.Dislike]); // reversed: 5 = Like, 1 = Dislike
            Assert.Equal(1, wifi.Tally[Answer.Dislike, Answer.Dislike]);
        }
    }

    [SkippableFact]
    public async Task Bad_input_in_PostgreSQL_is_located_and_counted_as_rejected()
    {
        PostgresServer.Require();
        var (connection, schema) = await PostgresServer.OpenScratchAsync();
        try
        {
            await Pipelines.Load(connection, "answers", ["respondent", "wifi_functional", "wifi_dysfunctional"], [["r1", "1", "5"], ["r2", "I adore it", "5"], ["r3", "", "2"]]);
            var query = CountingQuery.Build(SqlSource.Table("answers"), new WideAnswers([new WideFeature("wifi", "wifi_functional", "wifi_dysfunctional")]), SqlDialect.PostgreSql);
            var e = await Assert.ThrowsAsync<KanoDataException>(() => Pipelines.Read(connection, query, "answers"));
            Assert.Equal(("answers", "I adore it"), (e.DataSource, e.Value));
            Assert.Contains("column 'functional'", e.Problem, StringComparison.Ordinal);
            var data = await Pipelines.Read(connection, query, "answers", ReadMode.Lenient);
            var wifi = Assert.Single(data.Tallies.Features);
            Assert.Equal((1L, 1L, 1L, 3L), (wifi.Tally.Total, wifi.Tally.Missing, wifi.Rejected, data.Respondents));
            Assert.Equal(1, data.DiagnosticTotal);
        }
        finally
        {
            await PostgresServer.DropAsync(connection, schema);
        }
    }

    [Fact]
    public void Quoting_keeps_hostile_names_data()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string column = "f\"; DROP TABLE t; --";
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE t (r VARCHAR, {SqlText.Identifier(column, SqlDialect.DuckDb)} VARCHAR, d VARCHAR); INSERT INTO t VALUES ('r1', '1', '4')";
            create.ExecuteNonQuery();
        }

        string feature = "x'); DROP TABLE t; --";
        var query = CountingQuery.Build(SqlSource.Table("t"), new WideAnswers([new WideFeature(feature, column, "d")]), SqlDialect.DuckDb, AnswerScale.ZeroBased);
        using var command = connection.CreateCommand();
        command.CommandText = query.Text;
        using var reader = command.ExecuteReader();
        var tally = Assert.Single(CellReader.Read(reader, query.ReadOptions(ReadMode.Strict, "t")).Tallies.Features);
        Assert.Equal(feature, tally.Name);
        Assert.Equal(1, tally.Tally[Answer.MustBe, Answer.Dislike]); // zero-based: 1 = MustBe, 4 = Dislike
    }
}
