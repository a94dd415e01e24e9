using KanoKit.Tallies;

namespace KanoKit.IO;

/// <summary>The mutable tally a reader fills for one feature (in one segment) while rows stream past.</summary>
internal sealed class FeatureAccumulator
{
    public long[] Cells { get; } = new long[PairTally.CellCount];

    private long _missing;
    private long _rejected;

    public long Missing { get => _missing; set => _missing = value; }

    public long Rejected { get => _rejected; set => _rejected = value; }

    public ImportanceMoments Importance { get; set; }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(Answer functional, Answer dysfunctional)
    {
        if (functional == Answer.Missing || dysfunctional == Answer.Missing)
        {
            Missing++;
        }
        else
        {
            Cells[EvaluationTable.CellIndex(functional, dysfunctional)]++;
        }
    }

    /// <summary>The counter a counted pair adds to: rejected when unreadable, missing with a missing side, else its cell.</summary>
    public ref long CounterFor(bool readable, Answer functional, Answer dysfunctional)
    {
        if (!readable)
        {
            return ref _rejected;
        }

        if (functional == Answer.Missing || dysfunctional == Answer.Missing)
        {
            return ref _missing;
        }

        return ref Cells[EvaluationTable.CellIndex(functional, dysfunctional)];
    }

    public long Answered => Cells.Sum() + Missing + Rejected;

    public FeatureTally ToTally(string name) => new(name, PairTally.FromCells(Cells, Missing), Rejected, Importance);
}

/// <summary>Accumulators per feature, overall and per segment value.</summary>
internal sealed class TallySet(IReadOnlyList<string> features, IReadOnlyList<string> segmentColumns)
{
    private readonly Dictionary<(int Column, string Value), (FeatureAccumulator[] Features, long Respondents)> _segments = [];
    private readonly List<(int Column, string Value)> _segmentOrder = [];

    public FeatureAccumulator[] Overall { get; } = New(features.Count);

    public IReadOnlyList<string> Features { get; } = features;

    public IReadOnlyList<string> SegmentColumns { get; } = segmentColumns;

    /// <summary>The accumulators of one segment value, created on first sight (values keep first-seen order).</summary>
    public FeatureAccumulator[] Segment(int column, string value, bool countRespondent)
    {
        var key = (column, value);
        if (!_segments.TryGetValue(key, out var entry))
        {
            entry = (New(Features.Count), 0);
            _segmentOrder.Add(key);
        }

        if (countRespondent)
        {
            entry.Respondents++;
        }

        _segments[key] = entry;
        return entry.Features;
    }

    /// <summary>Sets a segment's respondent count (for layouts that know it only at the end).</summary>
    public void SetRespondents(int column, string value, long respondents)
    {
        var key = (column, value);
        _segments[key] = (_segments[key].Features, respondents);
    }

    public System.Collections.Immutable.ImmutableArray<FeatureTally> OverallTallies() =>
        [.. Overall.Select((a, i) => a.ToTally(Features[i]))];

    public System.Collections.Immutable.ImmutableArray<SegmentTallies> SegmentTallies() =>
        [.. _segmentOrder
            .OrderBy(key => key.Column)
            .Select(key => new SegmentTallies(
                SegmentColumns[key.Column],
                key.Value,
                _segments[key].Respondents,
                [.. _segments[key].Features.Select((a, i) => a.ToTally(Features[i]))]))];

    private static FeatureAccumulator[] New(int count)
    {
        var accumulators = new FeatureAccumulator[count];
        for (int i = 0; i < count; i++)
        {
            accumulators[i] = new FeatureAccumulator();
        }

        return accumulators;
    }
}
