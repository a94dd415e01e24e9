using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data.Tests;

/// <summary>
/// The same survey read from CSV by KanoKit's reader, by DuckDB over CSV and over Parquet, by PostgreSQL, and
/// from merged shards gives identical tallies (cells, missing, rejected, respondents, per segment) and reports.
/// </summary>
public sealed class EquivalenceTests
{
    [Property(MaxTest = 12)]
    public Property Csv_duckdb_csv_and_duckdb_parquet_agree(PositiveInt seed)
    {
        var survey = new RandomSurvey(seed.Get);
        var options = Pipelines.Options(survey);
        string csv = survey.WideCsv(0, survey.Rows.Count);
        var expected = Pipelines.Fingerprint(Pipelines.Csv(csv, options));
        var viaCsv = Pipelines.Fingerprint(Pipelines.DuckDbCsv(csv, options));
        var viaParquet = Pipelines.Fingerprint(Pipelines.DuckDbParquet(csv, options));
        return (viaCsv == expected && viaParquet == expected).Label($"seed {seed.Get}: {expected.Tallies} vs {viaCsv.Tallies} / {viaParquet.Tallies}");
    }

    [Property(MaxTest = 12)]
    public Property Long_csv_and_duckdb_agree_with_absent_rows_as_missing(PositiveInt seed)
    {
        var survey = new RandomSurvey(seed.Get);
        var options = Pipelines.Options(survey);
        string csv = survey.LongCsv();
        var expected = Pipelines.SortedFingerprint(Pipelines.Csv(csv, options));
        var viaDuckDb = Pipelines.SortedFingerprint(Pipelines.DuckDbCsv(csv, options));
        return (viaDuckDb == expected).Label($"seed {seed.Get}: {expected.Tallies} vs {viaDuckDb.Tallies}");
    }

    /// <summary>
    /// Lenient mode with unknown answers: the database path rejects exactly the pairs KanoKit's reader rejects, and per
    /// feature and segment n + missing + rejected = respondents.
    /// </summary>
    [Property(MaxTest = 12)]
    public Property Lenient_reading_rejects_the_same_pairs_and_balances(PositiveInt seed)
    {
        var survey = new RandomSurvey(seed.Get, withBadAnswers: true);
        var options = Pipelines.Options(survey) with { Mode = ReadMode.Lenient, HeaderRows = 0 };
        string csv = survey.WideCsv(0, survey.Rows.Count);
        var own = Pipelines.Csv(csv, options);
        var viaDuckDb = Pipelines.DuckDbCsv(csv, options);
        bool balanced = viaDuckDb.Tallies.Features.All(t => t.Tally.Total + t.Tally.Missing + t.Rejected == viaDuckDb.Respondents)
            && viaDuckDb.Tallies.Segments.All(s => s.Tallies.All(t => t.Tally.Total + t.Tally.Missing + t.Rejected == s.Respondents));
        bool rejectedSome = viaDuckDb.Tallies.Features.Sum(t => t.Rejected) == 0 || !viaDuckDb.IsClean;
        return (Pipelines.Fingerprint(own) == Pipelines.Fingerprint(viaDuckDb) && balanced && rejectedSome).Label($"seed {seed.Get}");
    }

    [Property(MaxTest = 25)]
    public Property Shards_split_at_random_points_and_merged_in_random_order_equal_the_whole(PositiveInt seed, int splitSeed)
    {
        var survey = new RandomSurvey(seed.Get);
        var random = new Random(splitSeed);
        int n = survey.Rows.Count;
        int[] cuts = [.. Enumerable.Range(1, Math.Max(0, n - 1)).OrderBy(_ => random.Next()).Take(random.Next(0, Math.Min(5, n))).Order()];
        int[] order = [.. Enumerable.Range(0, cuts.Length + 1).OrderBy(_ => random.Next())];
        var whole = Pipelines.Fingerprint(Pipelines.Csv(survey.WideCsv(0, n), Pipelines.Options(survey)));
        var merged = Pipelines.Fingerprint(Pipelines.Shards(survey, cuts, order));
        return (merged == whole).Label($"seed {seed.Get}, cuts [{string.Join(",", cuts)}], order [{string.Join(",", order)}]");
    }

    [SkippableFact]
    public async Task Postgres_agrees_with_csv_for_random_wide_and_long_surveys()
    {
        string connectionString = PostgresServer.Require();
        Assert.NotNull(connectionString);
        var (connection, schema) = await PostgresServer.OpenScratchAsync();
        try
        {
            // A modest number of random surveys: each is a table load and a query on a real server.
            var random = new Random(20261125);
            int[] seeds = [.. Enumerable.Range(0, 10).Select(_ => random.Next(1, int.MaxValue))];
            foreach (int seed in seeds)
            {
                var survey = new RandomSurvey(seed);
                var options = Pipelines.Options(survey);
                var wideExpected = Pipelines.Fingerprint(Pipelines.Csv(survey.WideCsv(0, survey.Rows.Count), options));
                Assert.Equal(wideExpected, Pipelines.Fingerprint(await Pipelines.PostgresWide(connection, survey, $"wide_{seed}")));
                var longExpected = Pipelines.SortedFingerprint(Pipelines.Csv(survey.LongCsv(), options));
                Assert.Equal(longExpected, Pipelines.SortedFingerprint(await Pipelines.PostgresLong(connection, survey, $"long_{seed}")));
            }
        }
        finally
        {
            await PostgresServer.DropAsync(connection, schema);
        }
    }

    [Fact]
    public void The_survey_generator_is_deterministic() =>
        Assert.Equal(new RandomSurvey(42).WideCsv(0, new RandomSurvey(42).Rows.Count), new RandomSurvey(42).WideCsv(0, new RandomSurvey(42).Rows.Count));
}
