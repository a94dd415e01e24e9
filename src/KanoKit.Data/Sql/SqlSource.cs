using System.Collections.Immutable;

namespace KanoKit.Data.Sql;

/// <summary>What the counting query reads: a table or view (optionally qualified), or a Parquet or CSV file through DuckDB.</summary>
public sealed class SqlSource
{
    private readonly ImmutableArray<string> _parts;
    private readonly SourceKind _kind;

    private SqlSource(SourceKind kind, ImmutableArray<string> parts)
    {
        _kind = kind;
        _parts = parts;
    }

    private enum SourceKind
    {
        Table,
        Parquet,
        Csv,
    }

    /// <summary>Whether DuckDB reads the source as CSV: each <c>read_csv</c> scan holds large buffers, so wide CSV files are unpivoted in one scan.</summary>
    internal bool IsCsvFile => _kind == SourceKind.Csv;

    /// <summary>The source's name for messages: the dotted table name or the file path.</summary>
    public string Name => string.Join(".", _parts);

    /// <summary>A table or view; each part (catalog, schema, table) is quoted separately.</summary>
    /// <param name="nameParts">The name's parts, for example <c>("sales", "kano_answers")</c>.</param>
    /// <exception cref="ArgumentException">No part is given or a part is empty.</exception>
    public static SqlSource Table(params string[] nameParts)
    {
        ArgumentNullException.ThrowIfNull(nameParts);
        if (nameParts.Length == 0 || nameParts.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("A table name has one or more non-empty parts.", nameof(nameParts));
        }

        return new SqlSource(SourceKind.Table, [.. nameParts]);
    }

    /// <summary>A Parquet file (or glob) read with DuckDB's <c>read_parquet</c>.</summary>
    public static SqlSource ParquetFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SqlSource(SourceKind.Parquet, [path]);
    }

    /// <summary>A CSV file (or glob) read with DuckDB's <c>read_csv</c>, every column as text so that answers read as KanoKit's own reader reads them.</summary>
    public static SqlSource CsvFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new SqlSource(SourceKind.Csv, [path]);
    }

    /// <summary>The source as it appears after <c>FROM</c>.</summary>
    /// <exception cref="ArgumentException">A file source in a dialect other than DuckDB.</exception>
    public string ToSql(SqlDialect dialect) => _kind switch
    {
        SourceKind.Table => string.Join(".", _parts.Select(p => SqlText.Identifier(p, dialect))),
        _ when dialect != SqlDialect.DuckDb => throw new ArgumentException($"Reading files ({Name}) needs the DuckDB dialect.", nameof(dialect)),
        SourceKind.Parquet => $"read_parquet({SqlText.Literal(_parts[0], dialect)})",
        _ => $"read_csv({SqlText.Literal(_parts[0], dialect)}, header = true, all_varchar = true)",
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
