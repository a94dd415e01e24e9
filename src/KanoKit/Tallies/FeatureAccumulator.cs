using System.Runtime.CompilerServices;

namespace KanoKit.Tallies;

/// <summary>The mutable tally a reader fills for one feature (in one segment) while rows stream past.</summary>
internal sealed class FeatureAccumulator
{
    public long[] Cells { get; } = new long[PairTally.CellCount];

    public long Missing;

    public long Rejected;

    public ImportanceMoments Importance;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Answer functional, Answer dysfunctional)
    {
        if (functional == Answer.Missing || dysfunctional == Answer.Missing)
        {
            Missing++;
        }
        else
        {
            Cells[PairTally.CellIndex(functional, dysfunctional)]++;
        }
    }

    /// <summary>Adds one readable pair, or one rejected pair when <paramref name="readable"/> is false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(bool readable, Answer functional, Answer dysfunctional)
    {
        if (readable)
        {
            Add(functional, dysfunctional);
        }
        else
        {
            Rejected++;
        }
    }

    /// <summary>The counter a counted pair adds to: rejected when unreadable, missing with a missing side, else its cell.</summary>
    public ref long CounterFor(bool readable, Answer functional, Answer dysfunctional)
    {
        if (!readable)
        {
            return ref Rejected;
        }

        if (functional == Answer.Missing || dysfunctional == Answer.Missing)
        {
            return ref Missing;
        }

        return ref Cells[PairTally.CellIndex(functional, dysfunctional)];
    }

    /// <summary>Pairs counted in any way: valid, missing or rejected (a respondent accounted for).</summary>
    public long Answered
    {
        get
        {
            long sum = Missing + Rejected;
            foreach (long cell in Cells)
            {
                sum += cell;
            }

            return sum;
        }
    }

    public FeatureTally ToTally(string name) => new(name, PairTally.FromCells(Cells, Missing), Rejected, Importance);
}

/// <summary>The accumulators of one segment value: one per feature, created as features appear.</summary>
internal sealed class SegmentAccumulators(int column, string value)
{
    private readonly List<FeatureAccumulator> _features = [];

    public int Column { get; } = column;

    public string Value { get; } = value;

    public long Respondents;

    public FeatureAccumulator this[int feature]
    {
        get
        {
            while (_features.Count <= feature)
            {
                _features.Add(new FeatureAccumulator());
            }

            return _features[feature];
        }
    }
}

/// <summary>
/// The tallies a reader fills: one accumulator per feature overall and per segment value. Features may be known up
/// front (wide files) or appear as rows stream past (long and cells files).
/// </summary>
internal sealed class TallyBuilder(IEnumerable<string> segmentColumns)
{
    private readonly List<string> _features = [];
    private readonly List<FeatureAccumulator> _overall = [];
    private readonly List<SegmentAccumulators> _segments = [];
    private readonly string[] _segmentColumns = [.. segmentColumns];

    public int FeatureCount => _features.Count;

    public string FeatureName(int feature) => _features[feature];

    /// <summary>Adds a feature and returns its index.</summary>
    public int AddFeature(string name)
    {
        _features.Add(name);
        _overall.Add(new FeatureAccumulator());
        return _features.Count - 1;
    }

    public FeatureAccumulator Overall(int feature) => _overall[feature];

    /// <summary>Adds a segment value of segment column <paramref name="column"/> (values keep first-seen order) and returns its slot.</summary>
    public int AddSegment(int column, string value)
    {
        _segments.Add(new SegmentAccumulators(column, value));
        return _segments.Count - 1;
    }

    public SegmentAccumulators Segment(int slot) => _segments[slot];

    /// <summary>
    /// The finished tallies. With a known respondent count, every respondent not accounted for in a feature (no row, as
    /// in long files) is counted as missing for it, overall and within each segment, so that per feature
    /// n + missing + rejected = respondents.
    /// </summary>
    public SurveyTallies Build(long? respondents)
    {
        if (respondents is long total)
        {
            foreach (var accumulator in _overall)
            {
                FillMissing(accumulator, total);
            }

            foreach (var segment in _segments)
            {
                for (int f = 0; f < _features.Count; f++)
                {
                    FillMissing(segment[f], segment.Respondents);
                }
            }
        }

        var segments = _segments
            .Select((segment, slot) => (segment, slot))
            .OrderBy(s => s.segment.Column)
            .ThenBy(s => s.slot)
            .Select(s => new SegmentTallies(
                _segmentColumns[s.segment.Column],
                s.segment.Value,
                s.segment.Respondents,
                Enumerable.Range(0, _features.Count).Select(f => s.segment[f].ToTally(_features[f])).ToEquatableArray()))
            .ToEquatableArray();
        return new SurveyTallies(_overall.Select((a, f) => a.ToTally(_features[f])).ToEquatableArray(), segments, respondents);
    }

    private static void FillMissing(FeatureAccumulator accumulator, long respondents)
    {
        long unaccounted = respondents - accumulator.Answered;
        if (unaccounted < 0)
        {
            throw new InvalidOperationException($"A feature accounts for {accumulator.Answered} pairs among {respondents} respondents: a reader counted a respondent twice.");
        }

        accumulator.Missing += unaccounted;
    }
}
