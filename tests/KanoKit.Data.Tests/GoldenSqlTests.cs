using DuckDB.NET.Data;
using KanoKit.Data.Sql;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data.Tests;

/// <summary>
/// The counting query's text per dialect against golden files, and the DuckDB, PostgreSQL and standard texts
/// executed on DuckDB and PostgreSQL, where they must count what KanoKit's own reader counts.
/// Set KANOKIT_UPDATE_GOLDEN=1 to rewrite the golden files (then review the diff).
/// </summary>
public sealed class GoldenSqlTests
{
    public static TheoryData<string, SqlDialect> Cases()
    {
        var data = new TheoryData<string, SqlDialect>();
        foreach (var @case in GoldenCases.All)
        {
            foreach (var dialect in GoldenCases.Dialects)
            {
                data.Add(@case.Name, dialect);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Query_text_matches_the_golden_file(string name, SqlDialect dialect)
    {
        string text = GoldenCases.Query(name, dialect).Text + "\n";
        string file = GoldenCases.FileName(name, dialect);
        if (Environment.GetEnvironmentVariable("KANOKIT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Golden", file), text);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", file)), text);
    }

    /// <summary>DuckDB over a CSV file: one scan unpivoted (each read_csv scan holds large buffers).</summary>
    [Fact]
    public void A_csv_file_is_unpivoted_in_one_scan()
    {
        string text = CountingQuery.Build(SqlSource.CsvFile("/data/kano answers.csv"), GoldenCases.Wide(segmented: true), SqlDialect.DuckDb, KanoKit.Answers.AnswerScale.Reversed, GoldenCases.Labels).Text + "\n";
        if (Environment.GetEnvironmentVariable("KANOKIT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "Golden", "wide-csv-file.duckdb.sql"), text);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "wide-csv-file.duckdb.sql")), text);
    }

    [Theory]
    [InlineData("wide-standard", SqlDialect.DuckDb)]
    [InlineData("wide-reversed-segment", SqlDialect.DuckDb)]
    [InlineData("long-zero-based-segment", SqlDialect.DuckDb)]
    [InlineData("wide-reversed-segment", SqlDialect.Standard)]
    [InlineData("long-zero-based-segment", SqlDialect.Standard)]
    public void Golden_text_executed_on_DuckDB_counts_as_KanoKit_reads(string name, SqlDialect dialect)
    {
        var @case = GoldenCases.All.Single(c => c.Name == name);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var (columns, rows) = @case.Long ? (GoldenCases.LongColumns, GoldenCases.LongRows) : (GoldenCases.WideColumns, GoldenCases.WideRows);
        using (var create = connection.CreateCommand())
        {
            create.CommandText = $"CREATE TABLE \"{GoldenCases.Table}\" ({string.Join(", ", columns.Select(c => SqlText.Identifier(c, SqlDialect.DuckDb) + " VARCHAR"))})";
            create.ExecuteNonQuery();
        }

        foreach (var row in rows)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = $"INSERT INTO \"{GoldenCases.Table}\" VALUES ({string.Join(", ", row.Select((_, i) => $"${i + 1}"))})";
            foreach (string value in row)
            {
                insert.Parameters.Add(new DuckDBParameter(value));
            }

            insert.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenCases.FileName(name, dialect)));
        using var reader = command.ExecuteReader();
        var query = GoldenCases.Query(name, dialect);
        var actual = CellReader.Read(reader, query.ReadOptions(ReadMode.Strict, GoldenCases.Table));
        Assert.Equal(Expected(@case.Long, @case.Scale, @case.Shape.Segments.Length > 0), Pipelines.SortedFingerprint(actual));
        Assert.True(actual.Respondents > 0);
    }

    [SkippableTheory]
    [InlineData("wide-standard", SqlDialect.PostgreSql)]
    [InlineData("wide-reversed-segment", SqlDialect.PostgreSql)]
    [InlineData("long-zero-based-segment", SqlDialect.PostgreSql)]
    [InlineData("wide-reversed-segment", SqlDialect.Standard)]
    [InlineData("long-zero-based-segment", SqlDialect.Standard)]
    public async Task Golden_text_executed_on_PostgreSQL_counts_as_KanoKit_reads(string name, SqlDialect dialect)
    {
        var @case = GoldenCases.All.Single(c => c.Name == name);
        PostgresServer.Require();
        var (connection, schema) = await PostgresServer.OpenScratchAsync();
        try
        {
            var (columns, rows) = @case.Long ? (GoldenCases.LongColumns, GoldenCases.LongRows) : (GoldenCases.WideColumns, GoldenCases.WideRows);
            await Pipelines.Load(connection, GoldenCases.Table, columns, rows);
            await using var command = new Npgsql.NpgsqlCommand(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", GoldenCases.FileName(name, dialect))), connection);
            await using var reader = await command.ExecuteReaderAsync();
            var actual = CellReader.Read(reader, GoldenCases.Query(name, dialect).ReadOptions(ReadMode.Strict, GoldenCases.Table));
            Assert.Equal(Expected(@case.Long, @case.Scale, @case.Shape.Segments.Length > 0), Pipelines.SortedFingerprint(actual));
        }
        finally
        {
            await PostgresServer.DropAsync(connection, schema);
        }
    }

    private static (string, string) Expected(bool @long, KanoKit.Answers.AnswerScale scale, bool segmented)
    {
        var options = new SurveyReadOptions { Scale = scale, Segments = segmented ? ["region"] : [] };
        var definition = @long ? null : new SurveyDefinition
        {
            Features = [new FeatureDefinition("wifi", "wifi_functional", "wifi_dysfunctional"), new FeatureDefinition("o'clock", "o'clock_functional", "price\"tag_dysfunctional")],
        };
        return Pipelines.SortedFingerprint(Pipelines.Csv(GoldenCases.Csv(@long), options with { Definition = definition }));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
