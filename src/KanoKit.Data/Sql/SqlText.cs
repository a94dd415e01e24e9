using System.Text;

namespace KanoKit.Data.Sql;

/// <summary>
/// Quoting per dialect: every identifier is quoted and every value is a literal with its quote characters escaped,
/// so that names and labels from the caller can never change the query's structure.
/// </summary>
internal static class SqlText
{
    /// <summary>A quoted identifier: <c>"a""b"</c> in ISO dialects, <c>`a``b`</c> in Spark SQL, <c>`a\`b`</c> in BigQuery.</summary>
    public static string Identifier(string name, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(name);
        RequireText(name, "identifier");
        return dialect switch
        {
            SqlDialect.SparkSql => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`",
            SqlDialect.BigQuery => "`" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "`",
            _ => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        };
    }

    /// <summary>A string literal that reads back as <paramref name="value"/> in the dialect.</summary>
    public static string Literal(string value, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(value);
        RequireText(value, "text value");
        switch (dialect)
        {
            case SqlDialect.SparkSql:
            case SqlDialect.BigQuery:
                return "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)
                    .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "'";
            case SqlDialect.Snowflake:
                return "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
            case SqlDialect.PostgreSql when value.Contains('\\', StringComparison.Ordinal):
                // E'' reads the same whatever standard_conforming_strings says.
                return "E'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
            default:
                return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }
    }

    /// <summary>The text type that any answer, code or label, is cast to.</summary>
    public static string TextType(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Standard => "VARCHAR(1000)",
        SqlDialect.PostgreSql => "TEXT",
        SqlDialect.SparkSql or SqlDialect.BigQuery => "STRING",
        _ => "VARCHAR",
    };

    private static void RequireText(string text, string what)
    {
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"A SQL {what} cannot hold a NUL character: '{text.Replace("\0", "\\0", StringComparison.Ordinal)}'.", nameof(text));
        }
    }

    /// <summary>Appends <paramref name="items"/> separated by <c>", "</c>.</summary>
    public static StringBuilder AppendList(this StringBuilder builder, IEnumerable<string> items) => builder.AppendJoin(", ", items);
}
