using System.Globalization;
using DuckDB.NET.Data;
using KanoKit.Data.Sql;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data.DuckDb;

/// <summary>
/// Analyses Parquet and CSV files with an in-process DuckDB: the counting query (<see cref="CountingQuery"/>) runs
/// inside DuckDB, which streams the file (files larger than memory included), and only the counted cells come back.
/// </summary>
public static class DuckDbFiles
{
    /// <summary>Whether a path names a Parquet file (<c>.parquet</c>, <c>.parq</c>).</summary>
    public static bool IsParquet(string path) =>
        path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".parq", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a survey file through DuckDB: wide (columns paired by name as KanoKit's reader pairs them, or by the
    /// definition), long (respondent, feature, functional, dysfunctional) or cells (feature, functional, dysfunctional, count).
    /// </summary>
    /// <param name="path">A <c>.parquet</c> file, or a CSV file (read with every column as text).</param>
    /// <param name="options">Scale, mode, layout, segments and definition; position pairing and header-less files are not supported here.</param>
    /// <param name="memoryLimit">DuckDB's memory limit, e.g. "1GB"; DuckDB spills to a temporary directory beyond it.</param>
    /// <exception cref="KanoDataException">The file cannot be read, has no usable columns, or (strict mode) holds bad data.</exception>
    /// <exception cref="ArgumentException">Options this engine does not support.</exception>
    public static SurveyData Read(string path, SurveyReadOptions? options = null, string memoryLimit = "512MB")
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= SurveyReadOptions.Default;
        if (options.PairByPosition || options.HasHeader == false)
        {
            throw new ArgumentException("The DuckDB engine pairs columns by name and needs a header; use KanoKit's own reader for positional pairing.", nameof(options));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such file: {path}", path);
        }

        var source = IsParquet(path) ? SqlSource.ParquetFile(path) : SqlSource.CsvFile(path);
        using var connection = Open(memoryLimit);
        try
        {
            return SurveyTables.Read(connection, source, SqlDialect.DuckDb, options, path);
        }
        catch (DuckDBException e)
        {
            throw new KanoDataException(DiagnosticKind.Syntax, path, 1, 1, $"DuckDB cannot read the file: {e.Message.Split('\n')[0]}", null, "a Parquet file or a CSV file with a header");
        }
    }

    /// <summary>An in-memory DuckDB with a memory limit and a private spill directory.</summary>
    internal static DuckDBConnection Open(string memoryLimit)
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        string spill = Path.Combine(Path.GetTempPath(), "kanokit-duckdb-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        command.CommandText = $"SET memory_limit = {SqlText.Literal(memoryLimit, SqlDialect.DuckDb)}; SET temp_directory = {SqlText.Literal(spill, SqlDialect.DuckDb)}; SET preserve_insertion_order = false;";
        command.ExecuteNonQuery();
        return connection;
    }
}
