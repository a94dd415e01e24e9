using System.Data.Common;
using KanoKit.Data.Sql;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using WideFeature = KanoKit.Data.Sql.WideFeature;

namespace KanoKit.Data;

/// <summary>
/// Analyses a survey table where it lives: reads the table's column names, recognises its shape as KanoKit's file
/// readers do (wide column pairs such as <c>wifi_functional</c>/<c>wifi_dysfunctional</c>, long
/// respondent/feature/functional/dysfunctional, or counted cells with <c>count</c>), runs the counting query
/// (<see cref="CountingQuery"/>) on the connection and reads the cells (<see cref="CellReader"/>).
/// </summary>
public static class SurveyTables
{
    private static readonly string[] RespondentNames = ["respondent", "respondent_id", "respondentid", "respondent id", "responseid", "response id", "id"];

    /// <summary>Counts a table (or file, with DuckDB) in the database and reads the cells.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="source">The table, view or file.</param>
    /// <param name="dialect">The connection's SQL dialect.</param>
    /// <param name="options">Scale, mode, layout, segments and definition (features with their columns).</param>
    /// <param name="name">The name errors give; the source's name when <see langword="null"/>.</param>
    /// <exception cref="KanoDataException">No usable columns, or (strict mode) bad data.</exception>
    /// <exception cref="DbException">The database refused the query.</exception>
    public static SurveyData Read(DbConnection connection, SqlSource source, SqlDialect dialect, SurveyReadOptions? options = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(source);
        options ??= SurveyReadOptions.Default;
        name ??= source.Name;
        var columns = Columns(connection, source, dialect);
        var definition = options.Definition;
        var plan = ReadPlan.Resolve(options);
        var scale = plan.Scale;
        var segments = plan.Segments
            .Select(segment => Find(columns, segment) ?? throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, $"there is no segment column '{segment}'", segment, $"one of the columns {string.Join(", ", columns.Take(12))}"))
            .ToArray();
        var layout = plan.Layout != SurveyLayout.Auto ? plan.Layout
            : !plan.Features.IsEmpty ? SurveyLayout.Wide
            : Detect(columns);
        using var command = connection.CreateCommand();
        CellReadOptions readOptions;
        switch (layout)
        {
            case SurveyLayout.Cells:
                command.CommandText = $"SELECT * FROM {source.ToSql(dialect)}";
                readOptions = new CellReadOptions { Scale = scale, Mode = options.Mode, Source = name, Segments = [.. segments] };
                break;
            case SurveyLayout.Long:
                string respondent = RespondentNames.Select(n => Find(columns, n)).FirstOrDefault(n => n is not null)
                    ?? throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, "the long layout needs a respondent column", null, "a column named respondent or respondent_id");
                var @long = new LongAnswers(
                    respondent, Require(columns, "feature", name), Require(columns, "functional", name), Require(columns, "dysfunctional", name), segments);
                var longQuery = CountingQuery.Build(source, @long, dialect, scale);
                command.CommandText = longQuery.Text;
                readOptions = longQuery.ReadOptions(options.Mode, name);
                break;
            case SurveyLayout.Wide:
                var wideQuery = CountingQuery.Build(source, new WideAnswers(WideFeatures(columns, definition, name), segments), dialect, scale);
                command.CommandText = wideQuery.Text;
                readOptions = wideQuery.ReadOptions(options.Mode, name);
                break;
            default:
                throw new ArgumentException($"Tables are read in the wide, long or cells layout, not {layout}.", nameof(options));
        }

        using var reader = command.ExecuteReader();
        return CellReader.Read(reader, readOptions);
    }

    private static List<string> Columns(DbConnection connection, SqlSource source, SqlDialect dialect)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {source.ToSql(dialect)} WHERE 1 = 0";
        using var reader = command.ExecuteReader();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
    }

    private static string? Find(List<string> columns, string name) =>
        columns.FirstOrDefault(c => string.Equals(c, name, StringComparison.Ordinal))
        ?? columns.FirstOrDefault(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));

    private static string Require(List<string> columns, string column, string name) =>
        Find(columns, column) ?? throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, $"there is no '{column}' column", null, "the columns respondent, feature, functional, dysfunctional");

    private static SurveyLayout Detect(List<string> columns)
    {
        bool Has(string name) => Find(columns, name) is not null;
        if (Has("feature") && Has("functional") && Has("dysfunctional"))
        {
            return Has("count") ? SurveyLayout.Cells : SurveyLayout.Long;
        }

        return SurveyLayout.Wide;
    }

    /// <summary>Feature column pairs: the definition's, or the column names paired as KanoKit's wide reader pairs them.</summary>
    private static List<WideFeature> WideFeatures(List<string> columns, SurveyDefinition? definition, string name)
    {
        if (definition is { Features.IsEmpty: false })
        {
            return [.. definition.Features.Select(f => new WideFeature(
                f.Name,
                Find(columns, f.Functional) ?? throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, $"there is no column '{f.Functional}'", f.Functional, "the columns the definition states"),
                Find(columns, f.Dysfunctional) ?? throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, $"there is no column '{f.Dysfunctional}'", f.Dysfunctional, "the columns the definition states")))];
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
                    throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, $"feature '{feature.Trim()}' has two column pairs", column, "each feature once");
                }

                used.Add(column);
                used.Add(partner);
                features.Add(new WideFeature(feature.Trim(), column, partner));
                break;
            }
        }

        return features.Count > 0 ? features
            : throw new KanoDataException(DiagnosticKind.BadHeader, name, 1, 1, "no functional/dysfunctional column pairs found", null, "columns such as wifi_functional, wifi_dysfunctional");
    }
}
