using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using KanoKit.Answers;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data.Sql;

/// <summary>
/// The query that lets a SQL engine count Kano answer pairs: one row per (feature, segment values, functional,
/// dysfunctional) with its <c>count</c>, plus respondent rows (feature, functional and dysfunctional NULL) carrying
/// <c>COUNT(*)</c> of the table (distinct respondents of a long table) per segment values.
/// </summary>
/// <remarks>
/// <para>
/// Result columns: <c>feature</c>, the segment columns under their own names, <c>functional</c>,
/// <c>dysfunctional</c>, <c>count</c>. A pair with a NULL or blank side is a group with that side NULL, which
/// <see cref="CellReader"/> counts as missing; respondents minus the pairs a feature has (analysed + missing +
/// rejected) are the respondents with no row for it, also missing. So, per feature and segment,
/// n + missing + rejected = respondents, as for files.
/// </para>
/// <para>
/// Answers: with the standard scale the columns are grouped as they are and <see cref="CellReader"/> reads codes
/// and labels. With any other scale a <c>CASE</c> maps every code and label of the scale (compared after
/// <c>LOWER(TRIM(…))</c>) to the standard codes '1'…'5'; blanks become NULL, and any other value passes through as
/// <c>'?'</c> followed by the value, which the reader parses with the scale (label spellings SQL did not match) or
/// reports, with the original value, as an unknown answer.
/// </para>
/// <para>Identifiers are always quoted and values are literals with their quotes escaped (<see cref="SqlDialect"/>).</para>
/// </remarks>
public sealed class CountingQuery
{
    /// <summary>The prefix of answers the <c>CASE</c> did not map.</summary>
    internal const char Unmapped = '?';

    private CountingQuery(string text, bool mapsAnswers, ImmutableArray<string> segments, ImmutableArray<string> features, AnswerScale scale)
    {
        Text = text;
        MapsAnswers = mapsAnswers;
        Segments = segments;
        Features = features;
        Scale = scale;
    }

    /// <summary>The SQL text.</summary>
    public string Text { get; }

    /// <summary>Whether answers go through the <c>CASE</c> mapping (any scale other than <see cref="AnswerScale.Standard"/>).</summary>
    public bool MapsAnswers { get; }

    /// <summary>The segment columns of the result.</summary>
    public ImmutableArray<string> Segments { get; }

    /// <summary>The features in survey order for a wide table; empty for a long one (the reader sorts them by name).</summary>
    public ImmutableArray<string> Features { get; }

    /// <summary>The answer scale of the table.</summary>
    public AnswerScale Scale { get; }

    /// <summary>Writes the counting query.</summary>
    /// <param name="source">The table, view or file.</param>
    /// <param name="shape">Wide or long answers, with segment columns.</param>
    /// <param name="dialect">The SQL dialect.</param>
    /// <param name="scale">How the table codes answers; <see cref="AnswerScale.Standard"/> when <see langword="null"/>.</param>
    /// <param name="labels">Labels to map in SQL besides the codes; the built-in labels the scale recognises when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A segment column is named like a result column, or a name holds a NUL character.</exception>
    public static CountingQuery Build(
        SqlSource source, AnswerShape shape, SqlDialect dialect, AnswerScale? scale = null, IEnumerable<KeyValuePair<string, Answer>>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(shape);
        scale ??= AnswerScale.Standard;
        bool map = !ReferenceEquals(scale, AnswerScale.Standard);
        string[] reserved = ["feature", "functional", "dysfunctional", "count"];
        if (shape.Segments.FirstOrDefault(s => reserved.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } clash)
        {
            throw new ArgumentException($"A segment column cannot be named '{clash}': the result has a column of that name.", nameof(shape));
        }

        var writer = new Writer(source.ToSql(dialect), shape.Segments, dialect, map ? Mapping(scale, labels) : null, source.IsCsvFile && dialect == SqlDialect.DuckDb);
        string text = shape switch
        {
            WideAnswers wide => writer.Wide(wide),
            LongAnswers @long => writer.Long(@long),
            _ => throw new ArgumentException($"Unknown answer shape {shape.GetType().Name}.", nameof(shape)),
        };
        var features = shape is WideAnswers w ? w.Features.Select(f => f.Feature).ToImmutableArray() : [];
        return new CountingQuery(text, map, shape.Segments, features, scale);
    }

    /// <summary>The options with which <see cref="CellReader"/> reads this query's result.</summary>
    /// <param name="mode">Strict or lenient.</param>
    /// <param name="source">The name errors give as their source.</param>
    public CellReadOptions ReadOptions(ReadMode mode, string source) => new()
    {
        Scale = Scale,
        Mode = mode,
        Source = source,
        Segments = Segments,
        AnswersMapped = MapsAnswers,
        FeatureOrder = Features,
    };

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>Per standard code '1'…'5', the lower-cased, trimmed spellings that map to it.</summary>
    private static List<string>[] Mapping(AnswerScale scale, IEnumerable<KeyValuePair<string, Answer>>? labels)
    {
        var spellings = new List<string>[5];
        for (int i = 0; i < 5; i++)
        {
            spellings[i] = [];
        }

        foreach (var (code, answer) in scale.Codes().OrderBy(c => c.Key))
        {
            spellings[(int)answer - 1].Add(code.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (label, answer) in labels ?? AnswerScale.BuiltInLabels)
        {
            // Only what the scale itself reads as this answer, so that SQL never maps what KanoKit would reject.
            if (!scale.TryParse(label, out var read) || read != answer)
            {
                continue;
            }

            foreach (string spelling in new[] { label.Trim().ToLowerInvariant(), AnswerText.Normalize(label) })
            {
                if (spelling.Length > 0 && !spellings[(int)answer - 1].Contains(spelling))
                {
                    spellings[(int)answer - 1].Add(spelling);
                }
            }
        }

        return spellings;
    }

    private sealed class Writer(string from, ImmutableArray<string> segments, SqlDialect dialect, List<string>[]? mapping, bool unpivot)
    {
        private const string Indent = "    ";

        /// <summary>The CTE of answer pairs; a name no survey table is likely to have, since a CTE hides a table of the same name.</summary>
        private const string PairsName = "kanokit_pairs";

        private string Q(string name) => SqlText.Identifier(name, dialect);

        private string L(string value) => SqlText.Literal(value, dialect);

        private string Text(string column) => $"CAST({Q(column)} AS {SqlText.TextType(dialect)})";

        private IEnumerable<string> SegmentList => segments.Select(Q);

        /// <summary>An answer column as the result shows it: as stored, or through the <c>CASE</c> mapping.</summary>
        private string Answer(string column, string alias)
        {
            if (mapping is null)
            {
                return $"{Q(column)} AS {Q(alias)}";
            }

            var builder = new StringBuilder("CASE\n");
            builder.Append(Indent).Append(Indent).Append(Indent).Append(CultureInfo.InvariantCulture, $"WHEN {Q(column)} IS NULL THEN NULL\n");
            for (int code = 0; code < 5; code++)
            {
                if (mapping[code].Count == 0)
                {
                    continue;
                }

                builder.Append(Indent).Append(Indent).Append(Indent)
                    .Append(CultureInfo.InvariantCulture, $"WHEN LOWER(TRIM({Text(column)})) IN (").AppendList(mapping[code].Select(L))
                    .Append(CultureInfo.InvariantCulture, $") THEN '{code + 1}'\n");
            }

            builder.Append(Indent).Append(Indent).Append(Indent).Append(CultureInfo.InvariantCulture, $"WHEN TRIM({Text(column)}) = '' THEN NULL\n");
            builder.Append(Indent).Append(Indent).Append(Indent).Append(CultureInfo.InvariantCulture, $"ELSE '{Unmapped}' || {Text(column)}\n");
            builder.Append(Indent).Append(Indent).Append(CultureInfo.InvariantCulture, $"END AS {Q(alias)}");
            return builder.ToString();
        }

        private string SelectPair(string feature, string functional, string dysfunctional)
        {
            var items = new List<string> { $"{feature} AS {Q("feature")}" };
            items.AddRange(SegmentList);
            items.Add(Answer(functional, "functional"));
            items.Add(Answer(dysfunctional, "dysfunctional"));
            return $"{Indent}SELECT\n{Indent}{Indent}" + string.Join($",\n{Indent}{Indent}", items) + $"\n{Indent}FROM {from}";
        }

        public string Wide(WideAnswers wide)
        {
            if (unpivot)
            {
                return Finish(Unpivoted(wide), "COUNT(*)");
            }

            var pairs = wide.Features.Select(f => SelectPair(L(f.Feature), f.Functional, f.Dysfunctional));
            return Finish(string.Join($"\n{Indent}UNION ALL\n", pairs), "COUNT(*)");
        }

        /// <summary>
        /// DuckDB over CSV: one scan, <c>UNPIVOT INCLUDE NULLS</c> turning each feature's column pair into rows
        /// (every CSV column is text, so the pairs share a type), answers mapped after unpivoting.
        /// </summary>
        private string Unpivoted(WideAnswers wide)
        {
            var inner = new StringBuilder();
            inner.Append(CultureInfo.InvariantCulture, $"{Indent}SELECT {Q("feature")}");
            foreach (string segment in SegmentList)
            {
                inner.Append(", ").Append(segment);
            }

            inner.Append(CultureInfo.InvariantCulture, $",\n{Indent}{Indent}{Answer("functional", "functional")},\n{Indent}{Indent}{Answer("dysfunctional", "dysfunctional")}\n");
            inner.Append(CultureInfo.InvariantCulture, $"{Indent}FROM (SELECT ");
            inner.AppendList(SegmentList.Concat(wide.Features.SelectMany(f => new[] { Q(f.Functional), Q(f.Dysfunctional) })));
            inner.Append(CultureInfo.InvariantCulture, $" FROM {from}) UNPIVOT INCLUDE NULLS (\n{Indent}{Indent}({Q("functional")}, {Q("dysfunctional")}) FOR {Q("feature")} IN (");
            inner.AppendJoin(",", wide.Features.Select(f => $"\n{Indent}{Indent}{Indent}({Q(f.Functional)}, {Q(f.Dysfunctional)}) AS {Q(f.Feature)}"));
            inner.Append(CultureInfo.InvariantCulture, $")\n{Indent})");
            return inner.ToString();
        }

        public string Long(LongAnswers @long) =>
            Finish(SelectPair($"COALESCE({Text(@long.Feature)}, '')", @long.Functional, @long.Dysfunctional), $"COUNT(DISTINCT {Q(@long.Respondent)})");

        private string Finish(string answers, string respondents)
        {
            var grouped = new List<string> { Q("feature") };
            grouped.AddRange(SegmentList);
            grouped.Add(Q("functional"));
            grouped.Add(Q("dysfunctional"));
            var builder = new StringBuilder();
            builder.Append("WITH ").Append(Q(PairsName)).Append(" AS (\n").Append(answers).Append("\n)\n");
            builder.Append("SELECT ").AppendList(grouped).Append(CultureInfo.InvariantCulture, $", COUNT(*) AS {Q("count")}\n");
            builder.Append("FROM ").Append(Q(PairsName)).Append('\n');
            builder.Append("GROUP BY ").AppendList(grouped).Append('\n');
            builder.Append("UNION ALL\n");
            builder.Append("SELECT NULL, ").AppendList(SegmentList.Append("NULL").Append("NULL")).Append(CultureInfo.InvariantCulture, $", {respondents}\n");
            builder.Append("FROM ").Append(from);
            if (segments.Length > 0)
            {
                builder.Append("\nGROUP BY ").AppendList(SegmentList);
            }

            return builder.ToString();
        }
    }
}
