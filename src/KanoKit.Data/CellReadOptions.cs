using System.Collections.Immutable;
using KanoKit.Answers;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Data;

/// <summary>How <see cref="CellReader"/> reads counted answer pairs from a query result.</summary>
public sealed record CellReadOptions
{
    /// <summary>The default options: standard scale, strict, no segments, source "query".</summary>
    public static CellReadOptions Default { get; } = new();

    /// <summary>How answer codes and labels are read.</summary>
    public AnswerScale Scale { get; init => field = value ?? throw new ArgumentNullException(nameof(Scale)); } = AnswerScale.Standard;

    /// <summary>Strict (throw the first problem) or lenient (count it as rejected and go on).</summary>
    public ReadMode Mode { get; init; } = ReadMode.Strict;

    /// <summary>The name errors give as their source, e.g. the table or file.</summary>
    public string Source { get; init => field = value ?? throw new ArgumentNullException(nameof(Source)); } = "query";

    /// <summary>Segment columns of the result.</summary>
    public ImmutableArray<string> Segments { get; init; } = [];

    /// <summary>
    /// Whether answers were mapped by <see cref="Sql.CountingQuery"/>'s <c>CASE</c>: then '1'…'5' are standard codes and
    /// '?value' is an unmapped value read with <see cref="Scale"/>.
    /// </summary>
    public bool AnswersMapped { get; init; }

    /// <summary>Features to list first, in this order; the others follow sorted by name (ordinal).</summary>
    public ImmutableArray<string> FeatureOrder { get; init; } = [];
}
