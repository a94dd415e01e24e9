using DuckDB.NET.Data;
using KanoKit.Data.Tests;
using Npgsql;

namespace KanoKit.Cli.Tests;

/// <summary>
/// The data paths of the command line: Parquet and <c>--engine duckdb</c>, a DuckDB database and a PostgreSQL server
/// through <c>--connection</c>, and <c>tally</c>/<c>merge</c>/<c>analyze all.json</c>, each against KanoKit's own reader.
/// </summary>
public sealed class DataCommandTests : IDisposable
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");
    private readonly string _directory = Directory.CreateTempSubdirectory("kanokit-cli-data-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string File(string name) => Path.Combine(_directory, name);

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new DuckDBConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Duckdb_engine_and_parquet_report_what_the_own_reader_reports()
    {
        var expected = CliRunner.Run("analyze", Sample, "--format", "json");
        Assert.Equal(0, expected.ExitCode);
        var viaDuckDb = CliRunner.Run("analyze", Sample, "--engine", "duckdb", "--format", "json");
        Assert.Equal((0, expected.Output), (viaDuckDb.ExitCode, viaDuckDb.Output));

        string parquet = File("banking.parquet");
        Execute("Data Source=:memory:", $"COPY (SELECT * FROM read_csv('{Sample}', header = true, all_varchar = true)) TO '{parquet}' (FORMAT parquet)");
        var viaParquet = CliRunner.Run("analyze", parquet, "--format", "json");
        Assert.Equal((0, expected.Output), (viaParquet.ExitCode, viaParquet.Output));
    }

    [Fact]
    public void Every_command_reads_parquet_tallies_and_workbooks_as_analyze_does()
    {
        // One reading for every command: plot, compare, validate and inspect used to read Parquet and tallies files as
        // text ("the file contains a NUL byte", or 0 features with exit 0), and .xls as text too.
        string parquet = File("banking.parquet");
        Execute("Data Source=:memory:", $"COPY (SELECT * FROM read_csv('{Sample}', header = true, all_varchar = true)) TO '{parquet}' (FORMAT parquet)");
        Assert.Equal(0, CliRunner.Run("tally", Sample, "-o", File("all.json")).ExitCode);
        var rows = System.IO.File.ReadLines(Sample).Select(line => line.Split(',').Select(cell => cell.Length == 0 ? null : cell).ToArray()).ToArray();
        System.IO.File.WriteAllBytes(File("banking.xls"), KanoKit.Tests.Reading.Workbook.Create(("answers", rows)));   // .xlsx bytes under the old name: the reader looks at the bytes

        var expected = CliRunner.Run("compare", Sample, "--segment", "plan", "--format", "json");
        Assert.Equal(0, expected.ExitCode);
        foreach (string path in (string[])[parquet, File("banking.xls")])
        {
            var compared = CliRunner.Run("compare", path, "--segment", "plan", "--format", "json");
            Assert.Equal((0, string.Empty), (compared.ExitCode, compared.Error));
            Assert.Equal(expected.Output, compared.Output);
        }

        foreach (string path in (string[])[parquet, File("all.json"), File("banking.xls")])
        {
            var inspected = CliRunner.Run("inspect", path);
            Assert.Equal(0, inspected.ExitCode);
            Assert.Contains(", 12 features", inspected.Output, StringComparison.Ordinal);
            var validated = CliRunner.Run("validate", path);
            Assert.Equal((0, string.Empty), (validated.ExitCode, validated.Error));
            Assert.Contains("secure_login: 232 analysed, 8 missing, 0 rejected", validated.Output, StringComparison.Ordinal);
            var plotted = CliRunner.Run("plot", path, "-o", File("chart.svg"));
            Assert.Equal((0, string.Empty), (plotted.ExitCode, plotted.Error));
            Assert.Contains("secure_login", System.IO.File.ReadAllText(File("chart.svg")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Options_the_duckdb_reader_refuses_are_bad_input_not_a_defect()
    {
        string parquet = File("counted.parquet");
        Execute("Data Source=:memory:", $"COPY (SELECT *, plan AS count FROM read_csv('{Sample}', header = true, all_varchar = true)) TO '{parquet}' (FORMAT parquet)");
        foreach (string command in (string[])["analyze", "validate", "inspect"])
        {
            var result = CliRunner.Run(command, parquet, "--segment", "count");
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"{parquet}:1:1: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_table_in_a_duckdb_database_is_analysed_through_the_connection()
    {
        string database = File("survey.duckdb");
        Execute($"Data Source={database}", $"CREATE TABLE answers AS SELECT * FROM read_csv('{Sample}', header = true, all_varchar = true)");
        var expected = CliRunner.Run("analyze", Sample, "--format", "json");
        var result = CliRunner.Run("analyze", "--connection", $"Data Source={database}", "--provider", "duckdb", "--table", "answers", "--format", "json");
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal((0, expected.Output), (result.ExitCode, result.Output));
    }

    [SkippableFact]
    public void A_table_on_a_postgresql_server_is_analysed_through_the_connection()
    {
        // A real server (.ci/postgres; KANOKIT_POSTGRES), so that Npgsql is exercised in the shipped tool too.
        string server = PostgresServer.Require();
        string schema = "kanokit_cli_" + Guid.NewGuid().ToString("N")[..12];
        string[] columns = System.IO.File.ReadLines(Sample).First().Split(',');
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using (var create = new NpgsqlCommand($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.answers ({string.Join(", ", columns.Select(c => $"\"{c}\" text"))})", connection))
            {
                create.ExecuteNonQuery();
            }

            using var import = connection.BeginTextImport($"COPY {schema}.answers FROM STDIN (FORMAT csv, HEADER true)");
            import.Write(System.IO.File.ReadAllText(Sample));
        }

        try
        {
            var expected = CliRunner.Run("analyze", Sample, "--format", "json");
            var result = CliRunner.Run("analyze", "--connection", $"{server};Search Path={schema}", "--provider", "postgres", "--table", "answers", "--format", "json");
            Assert.Equal(string.Empty, result.Error);
            Assert.Equal((0, expected.Output), (result.ExitCode, result.Output));
        }
        finally
        {
            using var connection = new NpgsqlConnection(server);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
            drop.ExecuteNonQuery();
        }
    }

    [Fact]
    public void Tally_merge_and_analyze_of_shards_report_what_the_whole_file_reports()
    {
        var lines = System.IO.File.ReadAllLines(Sample);
        int cut = lines.Length / 3;
        System.IO.File.WriteAllLines(File("part-0.csv"), lines.Take(cut));
        System.IO.File.WriteAllLines(File("part-1.csv"), lines.Take(1).Concat(lines.Skip(cut)));
        Assert.Equal(0, CliRunner.Run("tally", File("part-0.csv"), "-o", File("part-0.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run("tally", File("part-1.csv"), "-o", File("part-1.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run("merge", File("part-1.json"), File("part-0.json"), "-o", File("all.json")).ExitCode);

        var expected = CliRunner.Run("analyze", Sample, "--format", "json");
        var merged = CliRunner.Run("analyze", File("all.json"), "--format", "json");
        Assert.Equal((0, expected.Output), (merged.ExitCode, merged.Output));
    }

    [Fact]
    public void Merging_parts_that_disagree_names_the_part()
    {
        System.IO.File.WriteAllText(File("a.csv"), "respondent,wifi_functional,wifi_dysfunctional\nr1,1,5\n");
        System.IO.File.WriteAllText(File("b.csv"), "respondent,dark_functional,dark_dysfunctional\nr2,1,5\n");
        CliRunner.Run("tally", File("a.csv"), "-o", File("a.json"));
        CliRunner.Run("tally", File("b.csv"), "-o", File("b.json"));
        var result = CliRunner.Run("merge", File("a.json"), File("b.json"));
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(File("b.json") + ":1:1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("feature 'dark'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_names_the_evaluation_table_without_a_connection()
    {
        var result = CliRunner.Run("analyze", Sample, "--table", "answers");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--table is 'standard' or 'pouliot'", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("analyze", Sample, "--table", "pouliot").ExitCode);
    }

    [Fact]
    public void Bad_data_through_duckdb_is_located_like_a_file_error()
    {
        System.IO.File.WriteAllText(File("bad.csv"), "respondent,wifi_functional,wifi_dysfunctional\nr1,1,5\nr2,9,5\n");
        var result = CliRunner.Run("analyze", File("bad.csv"), "--engine", "duckdb");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'9' is not an answer", result.Error, StringComparison.Ordinal);
        var lenient = CliRunner.Run("analyze", File("bad.csv"), "--engine", "duckdb", "--lenient");
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("1 problem;", lenient.Error, StringComparison.Ordinal);
    }
}
