namespace KanoKit.Data.Sql;

/// <summary>
/// The SQL dialects <see cref="CountingQuery"/> writes. They differ in identifier quoting, string-literal escaping and
/// the name of the text type; the query itself (<c>CASE</c>, <c>UNION ALL</c>, <c>GROUP BY</c>) is the same.
/// </summary>
public enum SqlDialect
{
    /// <summary>ISO SQL: <c>"identifier"</c>, <c>'text'</c> with <c>''</c>, <c>VARCHAR(1000)</c>.</summary>
    Standard = 0,

    /// <summary>DuckDB: <c>"identifier"</c>, <c>'text'</c> with <c>''</c>, <c>VARCHAR</c>; reads files with <c>read_parquet</c>/<c>read_csv</c>.</summary>
    DuckDb = 1,

    /// <summary>PostgreSQL: <c>"identifier"</c>, <c>'text'</c> (<c>E'…'</c> when the text holds a backslash), <c>TEXT</c>.</summary>
    PostgreSql = 2,

    /// <summary>Spark SQL: <c>`identifier`</c> with <c>``</c>, <c>'text'</c> with backslash escapes, <c>STRING</c>.</summary>
    SparkSql = 3,

    /// <summary>Google BigQuery (GoogleSQL): <c>`identifier`</c> with backslash escapes, <c>'text'</c> with backslash escapes, <c>STRING</c>.</summary>
    BigQuery = 4,

    /// <summary>Snowflake: <c>"identifier"</c>, <c>'text'</c> with <c>''</c> and <c>\\</c>, <c>VARCHAR</c>.</summary>
    Snowflake = 5,
}
