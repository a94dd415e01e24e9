using Npgsql;

namespace KanoKit.Data.Tests;

/// <summary>
/// The PostgreSQL server of the tests: the connection string in KANOKIT_POSTGRES (.ci/postgres starts one and
/// .ci/run exports it). Without a reachable server the test is skipped with the reason, unless CI=true, where it fails.
/// </summary>
internal static class PostgresServer
{
    private static readonly Lazy<(string? ConnectionString, string? Problem)> Server = new(Probe);

    /// <summary>The connection string, after skipping (or, in CI, failing) the calling test when there is no server.</summary>
    public static string Require()
    {
        var (connection, problem) = Server.Value;
        if (connection is not null)
        {
            return connection;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but there is no PostgreSQL server: {problem}. .ci/run starts one with .ci/postgres.");
        }

        Skip.If(true, $"no PostgreSQL server: {problem} (run .ci/postgres and export KANOKIT_POSTGRES to run this test)");
        return null!;
    }

    /// <summary>A fresh schema for one test, dropped when disposed.</summary>
    public static async Task<(NpgsqlConnection Connection, string Schema)> OpenScratchAsync()
    {
        var connection = new NpgsqlConnection(Require());
        await connection.OpenAsync();
        string schema = "kanokit_test_" + Guid.NewGuid().ToString("N")[..12];
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}; SET search_path TO {schema}", connection);
        await command.ExecuteNonQueryAsync();
        return (connection, schema);
    }

    public static async Task DropAsync(NpgsqlConnection connection, string schema)
    {
        await using (var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }

    private static (string?, string?) Probe()
    {
        string? connectionString = Environment.GetEnvironmentVariable("KANOKIT_POSTGRES");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return (null, "KANOKIT_POSTGRES is not set");
        }

        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            return (connectionString, null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            return (null, $"cannot connect with KANOKIT_POSTGRES: {e.Message}");
        }
    }
}
