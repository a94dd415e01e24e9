using System.CommandLine;
using System.Data.Common;
using DuckDB.NET.Data;
using KanoKit.Data;
using KanoKit.Data.DuckDb;
using KanoKit.Data.Sql;
using KanoKit.Data.Tallies;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using Npgsql;

namespace KanoKit.Cli;

/// <summary>Reads the file the default way; KanoCommand's own reader with its error messages.</summary>
internal delegate bool FileReader(ParseResult parse, InputOptions input, ReadMode mode, TextWriter error, out SurveyData data);

/// <summary>
/// Where <c>analyze</c> reads from besides the files every command reads (<see cref="KanoCommand.ReadFile"/>):
/// <c>--engine duckdb</c> for any file, or a live database
/// (<c>--connection</c>, <c>--provider</c>, <c>--table</c> or <c>--query</c>) through the counting query.
/// </summary>
internal sealed class DataSourceOptions(Option<string> table)
{
    private static readonly string[] EvaluationTables = ["standard", "pouliot"];

    public Option<string> Engine { get; } = Choice("--engine", "Who reads a file: KanoKit's own reader, or an in-process DuckDB that counts it (Parquet always goes to DuckDB).", "kanokit", "duckdb");

    public Option<string?> Connection { get; } = new("--connection") { Description = "An ADO.NET connection string: analyse a table in a live database (with --provider and --table or --query)." };

    public Option<string> Provider { get; } = Choice("--provider", "The database of --connection.", "postgres", "duckdb");

    public Option<string?> Query { get; } = new("--query") { Description = "With --connection: a query returning feature, [segments,] functional, dysfunctional, count (instead of --table)." };

    public Option<string> EvaluationTable { get; } = Choice("--evaluation-table", "With --connection (where --table names the database table): the evaluation table.", "standard", "pouliot");

    public void AddTo(Command command, Argument<string> file)
    {
        file.Arity = ArgumentArity.ZeroOrOne;
        foreach (Option option in (Option[])[Engine, Connection, Provider, Query, EvaluationTable])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            bool database = result.GetValue(Connection) is not null;
            string? tableValue = result.GetValue(table);
            if (!database && tableValue is not null && !EvaluationTables.Contains(tableValue))
            {
                result.AddError($"--table is 'standard' or 'pouliot' (the evaluation table), not '{tableValue}'; with --connection it names the database table.");
            }

            if (database && result.GetValue(file) is not null)
            {
                result.AddError("Give either a survey file or --connection, not both.");
            }

            if (database && (result.GetValue(Query) is null) == (result.GetResult(table) is null || result.GetResult(table)!.Implicit))
            {
                result.AddError("With --connection give exactly one of --table <name> and --query <sql>.");
            }

            if (!database && result.GetValue(file) is null)
            {
                result.AddError("Give a survey file, or --connection with --table or --query.");
            }
        });
    }

    /// <summary>The evaluation table the command line chooses.</summary>
    public string Evaluation(ParseResult parse) =>
        parse.GetValue(Connection) is not null ? parse.GetValue(EvaluationTable)! : parse.GetValue(table)!;

    /// <summary>Reads from the database or through DuckDB, or hands the file to <paramref name="readFile"/> (which reads Parquet and tallies files too).</summary>
    public bool TryRead(ParseResult parse, InputOptions input, ReadMode mode, TextWriter error, out SurveyData data, FileReader readFile)
    {
        data = null!;
        string? connection = parse.GetValue(Connection);
        string? path = parse.GetValue(input.File);
        try
        {
            if (connection is not null)
            {
                data = ReadDatabase(parse, input, mode, connection);
                return true;
            }

            if (path is not null && File.Exists(path) && parse.GetValue(Engine) == "duckdb")
            {
                data = DuckDbFiles.Read(path, input.ReadOptions(parse, mode));
                return true;
            }
        }
        catch (KanoDataException e)
        {
            error.WriteLine(e.Message);
            return false;
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"{path ?? Describe(parse)}:1:1: {e.Message.Split('\n')[0].Trim()}");
            return false;
        }

        return readFile(parse, input, mode, error, out data);
    }

    private string Describe(ParseResult parse) => parse.GetValue(Query) is not null ? "query" : parse.GetValue(table) ?? "database";

    private SurveyData ReadDatabase(ParseResult parse, InputOptions input, ReadMode mode, string connectionString)
    {
        var options = input.ReadOptions(parse, mode);
        bool postgres = parse.GetValue(Provider) == "postgres";
        using DbConnection connection = postgres ? new NpgsqlConnection(connectionString) : new DuckDBConnection(connectionString);
        connection.Open();
        var dialect = postgres ? SqlDialect.PostgreSql : SqlDialect.DuckDb;
        if (parse.GetValue(Query) is { } sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var plan = ReadPlan.Resolve(options);
            return CellReader.Read(reader, new CellReadOptions { Scale = plan.Scale, Mode = mode, Source = "query", Segments = plan.Segments.Items });
        }

        string name = parse.GetValue(table)!;
        return SurveyTables.Read(connection, SqlSource.Table(name.Split('.')), dialect, options, name);
    }

    private static Option<string> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string>(name) { Description = description, DefaultValueFactory = _ => values[0] };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
