using System.Globalization;
using DuckDB.NET.Data;
using KanoKit.Data.Sql;
using KanoKit.IO;

namespace KanoKit.Data.DuckDb;

/// <summary>
/// Analyses Parquet and CSV files with an in-process DuckDB: the counting query (<see cref="CountingQuery"/>) runs
/// inside DuckDB, which streams the file (files larger than memory included), and only the counted cells come back.
/// </summary>
public static class DuckDbFiles
{
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response id", "id"];

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
        if (options.PairByPosition || !options.HasHeader)
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
            var columns = Columns(connection, source);
            var definition = options.Definition;
            var scale = definition?.Scale is not null ? definition.ResolveScale() : options.Scale;
            var segments = options.Segments.AddRange(definition?.Segments ?? []).Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(name => Find(columns, name) ?? throw new KanoDataException(path, 1, 1, $"there is no segment column '{name}'", name, $"one of the columns {string.Join(", ", columns.Take(12))}"))
                .ToArray();
            var layout = options.Layout != SurveyLayout.Auto ? options.Layout
                : definition is { Layout: not SurveyLayout.Auto } ? definition.Layout
                : definition is { Features.Length: > 0 } ? SurveyLayout.Wide
                : Detect(columns);
            using var command = connection.CreateCommand();
            CellReadOptions readOptions;
            switch (layout)
            {
                case SurveyLayout.Cells:
                    command.CommandText = $"SELECT * FROM {source.ToSql(SqlDialect.DuckDb)}";
                    readOptions = new CellReadOptions { Scale = scale, Mode = options.Mode, Source = path, Segments = [.. segments] };
                    break;
                case SurveyLayout.Long:
                    string respondent = RespondentNames.Select(n => Find(columns, n)).FirstOrDefault(n => n is not null)
                        ?? throw new KanoDataException(path, 1, 1, "the long layout needs a respondent column", null, "a column named respondent or respondent_id");
                    var @long = new LongAnswers(respondent, Find(columns, "feature")!, Find(columns, "functional")!, Find(columns, "dysfunctional")!, segments);
                    var longQuery = CountingQuery.Build(source, @long, SqlDialect.DuckDb, scale);
                    command.CommandText = longQuery.Text;
                    readOptions = longQuery.ReadOptions(options.Mode, path);
                    break;
                case SurveyLayout.Wide:
                    var wide = new WideAnswers(WideFeatures(columns, definition, path), segments);
                    var wideQuery = CountingQuery.Build(source, wide, SqlDialect.DuckDb, scale);
                    command.CommandText = wideQuery.Text;
                    readOptions = wideQuery.ReadOptions(options.Mode, path);
                    break;
                default:
                    throw new ArgumentException($"The DuckDB engine reads wide, long and cells files, not the {layout} layout.", nameof(options));
            }

            using var reader = command.ExecuteReader();
            return CellReader.Read(reader, readOptions);
        }
        catch (DuckDBException e)
        {
            throw new KanoDataException(path, 1, 1, $"DuckDB cannot read the file: {e.Message.Split('\n')[0]}", null, "a Parquet file or a CSV file with a header");
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

    private static List<string> Columns(DuckDBConnection connection, SqlSource source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {source.ToSql(SqlDialect.DuckDb)} LIMIT 0";
        using var reader = command.ExecuteReader();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    private static string? Find(List<string> columns, string name) =>
        columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.Ordinal))
        ?? columns.FirstOrDefault(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static SurveyLayout Detect(List<string> columns)
    {
        bool Has(string name) => Find(columns, name) is not null;
        if (Has("feature") && Has("functional") && Has("dysfunctional"))
        {
            return Has("count") ? SurveyLayout.Cells : SurveyLayout.Long;
        }

        return SurveyLayout.Wide;
    }

    /// <summary>Feature column pairs: the definition's, or the header's names paired as KanoKit's wide reader pairs them.</summary>
    private static List<WideFeature> WideFeatures(List<string> columns, SurveyDefinition? definition, string path)
    {
        if (definition is { Features.Length: > 0 })
        {
            return [.. definition.Features.Select(f => new WideFeature(
                f.Name,
                Find(columns, f.Functional) ?? throw new KanoDataException(path, 1, 1, $"there is no column '{f.Functional}'", f.Functional, "the columns the definition states"),
                Find(columns, f.Dysfunctional) ?? throw new KanoDataException(path, 1, 1, $"there is no column '{f.Dysfunctional}'", f.Dysfunctional, "the columns the definition states")))];
        }

        var features = new List<WideFeature>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string column in columns)
        {
            if (used.Contains(column))
            {
                continue;
            }

            foreach (var form in ColumnPairing.Forms)
            {
                if (ColumnPairing.FunctionalBase(column, form) is not { } feature || feature.Trim().Length == 0
                    || Find(columns, ColumnPairing.Dysfunctional(feature, form)) is not { } partner || used.Contains(partner))
                {
                    continue;
                }

                if (features.Any(f => string.Equals(f.Feature, feature.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    throw new KanoDataException(path, 1, 1, $"feature '{feature.Trim()}' has two column pairs", column, "each feature once");
                }

                used.Add(column);
                used.Add(partner);
                features.Add(new WideFeature(feature.Trim(), column, partner));
                break;
            }
        }

        return features.Count > 0 ? features
            : throw new KanoDataException(path, 1, 1, "no functional/dysfunctional column pairs found", null, "columns such as wifi_functional, wifi_dysfunctional");
    }
}
