using System.Collections.Immutable;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Reporting;
using KanoKit.Tallies;

namespace KanoKit.Data.Tallies;

/// <summary>
/// The tallies of one shard of a survey (or of all of it): respondents, per-feature 25-cell tallies with missing and
/// rejected pairs and importance moments, and the same per segment value. Parts merge exactly (integer sums), in any
/// order, into the tally of the whole (<see cref="Merge"/>); written as JSON schema <c>kanokit/tallies/v1</c> by <see cref="TallyJson"/>.
/// </summary>
public sealed class PartialTally
{
    /// <summary>Creates a tally set; segment values are put in (column, value) ordinal order so that equal tallies are equal objects.</summary>
    /// <exception cref="ArgumentException">Two features share a name, or a segment lists other features than the whole.</exception>
    public PartialTally(string scale, long respondents, IEnumerable<FeatureTally> features, IEnumerable<SegmentTallies>? segments = null, string? table = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(scale);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentOutOfRangeException.ThrowIfNegative(respondents);
        Scale = scale;
        Table = table;
        Respondents = respondents;
        Features = [.. features];
        var names = Features.Select(f => f.Name).ToArray();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new ArgumentException("Each feature appears once.", nameof(features));
        }

        Segments = [.. (segments ?? []).OrderBy(s => s.Column, StringComparer.Ordinal).ThenBy(s => s.Value, StringComparer.Ordinal)];
        if (Segments.Any(s => !s.Tallies.Select(t => t.Name).SequenceEqual(names, StringComparer.Ordinal)))
        {
            throw new ArgumentException("Every segment lists the same features in the same order as the whole.", nameof(segments));
        }
    }

    /// <summary>The answer scale's name: parts on different scales do not merge.</summary>
    public string Scale { get; }

    /// <summary>Where the tallies were counted from (a table or file), if stated; informational, not merged.</summary>
    public string? Table { get; }

    /// <summary>Respondents counted.</summary>
    public long Respondents { get; }

    /// <summary>Per-feature tallies, in survey order.</summary>
    public ImmutableArray<FeatureTally> Features { get; }

    /// <summary>Per segment value, its respondents and tallies; ordered by column, then value (ordinal).</summary>
    public ImmutableArray<SegmentTallies> Segments { get; }

    /// <summary>The segment columns (distinct, ordinal order).</summary>
    public ImmutableArray<string> SegmentColumns => [.. Segments.Select(s => s.Column).Distinct(StringComparer.Ordinal)];

    /// <summary>The tallies a reader produced.</summary>
    /// <param name="data">What a reader read (any layout but published counts).</param>
    /// <param name="scale">The scale's name, e.g. <c>AnswerScale.Name</c>.</param>
    /// <param name="table">Where it was read from, if worth stating.</param>
    /// <exception cref="ArgumentException">The data holds published category counts, which have no pair tallies.</exception>
    public static PartialTally FromSurvey(SurveyData data, string scale, string? table = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Layout == SurveyLayout.Counts)
        {
            throw new ArgumentException("Published category counts have no pair tallies to merge.", nameof(data));
        }

        return new PartialTally(scale, data.Respondents ?? 0, data.Tallies.Features.Items, data.Tallies.Segments.Items, table);
    }

    /// <summary>The tallies as read data, so that they analyse like any survey (<c>data.Tallies.Analyze()</c>).</summary>
    public SurveyData ToSurveyData(string source) =>
        SurveyData.FromTallies(SurveyLayout.Cells, new SurveyTallies(Features, Segments, Respondents), new DiagnosticSink(ReadMode.Lenient, source));

    /// <summary>Analyses the tallies overall and per segment.</summary>
    public KanoReport Analyze(KanoOptions? options = null) => KanoAnalysis.Analyze(Features, Segments, options, Respondents);

    /// <summary>
    /// Adds parts exactly: cells, missing, rejected, importance moments and respondents, overall and per segment value
    /// (a value absent from a part counts zero there). The result does not depend on the parts' order.
    /// </summary>
    /// <param name="parts">Each part with the name errors give (its file).</param>
    /// <exception cref="KanoDataException">A part disagrees with the first on the scale, the features or the segment columns; the error names the part.</exception>
    /// <exception cref="ArgumentException">No part is given.</exception>
    public static PartialTally Merge(IEnumerable<(string Source, PartialTally Part)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Merging needs at least one part.", nameof(parts));
        }

        var first = list[0].Part;
        var names = first.Features.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
        foreach (var (source, part) in list)
        {
            if (part.Scale != first.Scale)
            {
                throw new KanoDataException(DiagnosticKind.BadHeader, source, 1, 1, $"the part is on the '{part.Scale}' scale but '{list[0].Source}' is on '{first.Scale}'", part.Scale, $"the scale '{first.Scale}'");
            }

            var partNames = part.Features.Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();
            if (!partNames.SequenceEqual(names, StringComparer.Ordinal))
            {
                string? extra = partNames.Except(names, StringComparer.Ordinal).FirstOrDefault();
                string? absent = names.Except(partNames, StringComparer.Ordinal).FirstOrDefault();
                string problem = extra is not null ? $"the part has feature '{extra}', which '{list[0].Source}' has not" : $"the part lacks feature '{absent}', which '{list[0].Source}' has";
                throw new KanoDataException(DiagnosticKind.BadHeader, source, 1, 1, problem, extra ?? absent, $"the features of '{list[0].Source}'");
            }

            if (!part.SegmentColumns.SequenceEqual(first.SegmentColumns, StringComparer.Ordinal) && part.Segments.Length > 0 && first.Segments.Length > 0)
            {
                throw new KanoDataException(
                    DiagnosticKind.BadHeader,
                    source, 1, 1, $"the part is segmented by {Describe(part.SegmentColumns)} but '{list[0].Source}' by {Describe(first.SegmentColumns)}",
                    string.Join(", ", part.SegmentColumns), $"the segment columns {Describe(first.SegmentColumns)}");
            }

            if (part.Segments.IsEmpty != first.Segments.IsEmpty && part.Features.Any(f => f.Tally.Total + f.Tally.Missing + f.Rejected > 0))
            {
                throw new KanoDataException(
                    DiagnosticKind.BadHeader,
                    source, 1, 1, $"the part is segmented by {Describe(part.SegmentColumns)} but '{list[0].Source}' by {Describe(first.SegmentColumns)}",
                    string.Join(", ", part.SegmentColumns), $"the segment columns {Describe(first.SegmentColumns)}");
            }
        }

        // Survey order when every part agrees on it, otherwise name order: either way independent of the parts' order.
        var order = list.All(p => p.Part.Features.Select(f => f.Name).SequenceEqual(first.Features.Select(f => f.Name), StringComparer.Ordinal))
            ? first.Features.Select(f => f.Name).ToArray()
            : names;
        var overall = Sum(order, list.Select(p => p.Part.Features));
        var segments = list.SelectMany(p => p.Part.Segments)
            .GroupBy(s => (s.Column, s.Value))
            .Select(g => new SegmentTallies(g.Key.Column, g.Key.Value, g.Aggregate(0L, (sum, s) => checked(sum + s.Respondents)), Sum(order, g.Select(s => s.Tallies.Items))));
        string? table = list.Select(p => p.Part.Table).Distinct().Count() == 1 ? first.Table : null;
        return new PartialTally(first.Scale, list.Aggregate(0L, (sum, p) => checked(sum + p.Part.Respondents)), overall, segments, table);
    }

    private static string Describe(ImmutableArray<string> columns) => columns.IsEmpty ? "nothing" : string.Join(", ", columns.Select(c => $"'{c}'"));

    private static ImmutableArray<FeatureTally> Sum(string[] order, IEnumerable<ImmutableArray<FeatureTally>> parts)
    {
        var sums = order.ToDictionary(name => name, name => new FeatureTally(name, PairTally.Empty), StringComparer.Ordinal);
        foreach (var part in parts)
        {
            foreach (var tally in part)
            {
                var sum = sums[tally.Name];
                sums[tally.Name] = new FeatureTally(
                    tally.Name, sum.Tally + tally.Tally, checked(sum.Rejected + tally.Rejected), sum.Importance + tally.Importance);
            }
        }

        return [.. order.Select(name => sums[name])];
    }
}
