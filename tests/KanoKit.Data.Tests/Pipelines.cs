using System.Globalization;
using DuckDB.NET.Data;
using KanoKit.Data.DuckDb;
using KanoKit.Data.Sql;
using KanoKit.Data.Tallies;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using Npgsql;

namespace KanoKit.Data.Tests;

/// <summary>One survey through each path KanoKit offers; each returns what was read.</summary>
internal static class Pipelines
{
    public static SurveyReadOptions Options(RandomSurvey survey) => new() { Scale = survey.Scale, Segments = ["region"] };

    public static string Temp(string extension) => Path.Combine(Path.GetTempPath(), "kanokit-data-" + Guid.NewGuid().ToString("N") + extension);

    /// <summary>
    /// The tallies as JSON and the report as JSON: what "identical" is judged on. Segment values are put in name order
    /// first (KanoKit's reader lists them as first seen, a database in no particular order).
    /// </summary>
    public static (string Tallies, string Report) Fingerprint(SurveyData data) => Fingerprint(PartialTally.FromSurvey(data, "scale"));

    /// <summary>The same, with features in name order too: for long files, whose feature order is first-seen order in KanoKit's reader.</summary>
    public static (string Tallies, string Report) SortedFingerprint(SurveyData data)
    {
        var tally = PartialTally.FromSurvey(data, "scale");
        IEnumerable<KanoKit.Tallies.FeatureTally> Sort(IEnumerable<KanoKit.Tallies.FeatureTally> features) => features.OrderBy(f => f.Name, StringComparer.Ordinal);
        return Fingerprint(new PartialTally(
            tally.Scale, tally.Respondents, Sort(tally.Features), tally.Segments.Select(s => s with { Tallies = [.. Sort(s.Tallies)] })));
    }

    public static (string Tallies, string Report) Fingerprint(PartialTally tally) =>
        (TallyJson.Serialize(tally), KanoJson.Serialize(tally.Analyze()));

    public static SurveyData Csv(string csv, SurveyReadOptions options)
    {
        string path = Temp(".csv");
        File.WriteAllText(path, csv);
        try
        {
            return SurveyFile.Read(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static SurveyData DuckDbCsv(string csv, SurveyReadOptions options)
    {
        string path = Temp(".csv");
        File.WriteAllText(path, csv);
        try
        {
            return DuckDbFiles.Read(path, options);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Writes the CSV as Parquet with DuckDB's COPY (every column text, as in the CSV) and reads that.</summary>
    public static SurveyData DuckDbParquet(string csv, SurveyReadOptions options)
    {
        string csvPath = Temp(".csv");
        string parquetPath = Temp(".parquet");
        File.WriteAllText(csvPath, csv);
        try
        {
            using (var connection = new DuckDBConnection("Data Source=:memory:"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = $"COPY (SELECT * FROM read_csv('{csvPath}', header = true, all_varchar = true)) TO '{parquetPath}' (FORMAT parquet)";
                command.ExecuteNonQuery();
            }

            return DuckDbFiles.Read(parquetPath, options);
        }
        finally
        {
            File.Delete(csvPath);
            File.Delete(parquetPath);
        }
    }

    /// <summary>Splits the rows at the given points, tallies each shard from its own CSV, round-trips each through JSON and merges them in the given order.</summary>
    public static PartialTally Shards(RandomSurvey survey, int[] cuts, int[] order)
    {
        var bounds = cuts.Prepend(0).Append(survey.Rows.Count).ToArray();
        var parts = new List<(string, PartialTally)>();
        for (int s = 0; s + 1 < bounds.Length; s++)
        {
            var data = Csv(survey.WideCsv(bounds[s], bounds[s + 1]), Options(survey));
            string json = TallyJson.Serialize(PartialTally.FromSurvey(data, "scale"));
            string name = string.Create(CultureInfo.InvariantCulture, $"part-{s}.json");
            parts.Add((name, TallyJson.Parse(json, name)));
        }

        return PartialTally.Merge(order.Select(i => parts[i]));
    }

    /// <summary>Loads the wide survey into a PostgreSQL table of text columns and reads it through the counting query.</summary>
    public static async Task<SurveyData> PostgresWide(NpgsqlConnection connection, RandomSurvey survey, string table)
    {
        var columns = new List<string> { "respondent", "region" };
        columns.AddRange(survey.Features.SelectMany(f => new[] { RandomSurvey.Functional(f), RandomSurvey.Dysfunctional(f) }));
        await Load(connection, table, columns, survey.Rows.Select(r => new[] { r.Id, r.Region }.Concat(r.Answers).ToArray()));
        var query = CountingQuery.Build(SqlSource.Table(table), survey.Wide, SqlDialect.PostgreSql, survey.Scale);
        return await Read(connection, query, table);
    }

    public static async Task<SurveyData> PostgresLong(NpgsqlConnection connection, RandomSurvey survey, string table)
    {
        var rows = survey.Rows.SelectMany(r => survey.Features
            .Select((f, i) => (f, i))
            .Where(x => x.i != r.Absent)
            .Select(x => new[] { r.Id, r.Region, x.f, r.Answers[2 * x.i], r.Answers[(2 * x.i) + 1] }));
        await Load(connection, table, ["respondent", "region", "feature", "functional", "dysfunctional"], rows);
        var query = CountingQuery.Build(SqlSource.Table(table), RandomSurvey.Long, SqlDialect.PostgreSql, survey.Scale);
        return await Read(connection, query, table);
    }

    public static async Task<SurveyData> Read(NpgsqlConnection connection, CountingQuery query, string source, ReadMode mode = ReadMode.Strict)
    {
        await using var command = new NpgsqlCommand(query.Text, connection);
        await using var reader = await command.ExecuteReaderAsync();
        return CellReader.Read(reader, query.ReadOptions(mode, source));
    }

    /// <summary>Creates a table of text columns and copies the rows in with binary COPY (values are parameters, never SQL text).</summary>
    public static async Task Load(NpgsqlConnection connection, string table, IReadOnlyList<string> columns, IEnumerable<string[]> rows)
    {
        string quoted = string.Join(", ", columns.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        await using (var create = new NpgsqlCommand($"CREATE TABLE \"{table}\" ({string.Join(", ", columns.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\" TEXT"))})", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var writer = await connection.BeginBinaryImportAsync($"COPY \"{table}\" ({quoted}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.WriteRowAsync(default, row.Cast<object>().ToArray());
        }

        await writer.CompleteAsync();
    }
}
