using System.Runtime.CompilerServices;
using KanoKit.Answers;

namespace KanoKit.Tallies;

/// <summary>The mutable tally a reader fills for one feature (in one segment) while rows stream past.</summary>
internal sealed class FeatureAccumulator
{
    public long[] Cells { get; } = new long[PairTally.CellCount];

    public long Missing;

    public long Rejected;

    public ImportanceMoments Importance;

    /// <summary>
    /// Whether every importance number added to <see cref="Importance"/> was a whole number of magnitude at most
    /// <see cref="MaxWholeRating"/>: then, while the sum of squares stays below 2^53, every partial sum is an exactly
    /// represented integer, so the moments do not depend on the order of addition and batches merge bit for bit.
    /// </summary>
    public bool ImportanceWhole = true;

    /// <summary>The largest whole rating whose square (at most 2^52) is exact in a double.</summary>
    public const double MaxWholeRating = 1 << 26;

    /// <summary>Below this, sums of whole numbers are exact in a double (2^53).</summary>
    public const double ExactSumLimit = 9007199254740992d;

    /// <summary>How often each verbal importance label was given alone (<see cref="ImportanceScales.LabelId"/>), until the column's scale is decided; <see langword="null"/>: none.</summary>
    public long[]? ImportanceLabels;

    /// <summary>Adds an importance answer: a number to the moments, a label alone to the label counts.</summary>
    public void AddImportance(ImportanceRating rating)
    {
        if (rating.IsLabel)
        {
            (ImportanceLabels ??= new long[ImportanceScales.LabelCount])[rating.Label]++;
        }
        else
        {
            AddImportance(rating.Value);
        }
    }

    /// <summary>Adds a bare importance number to the moments, noting whether it is whole (see <see cref="ImportanceWhole"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddImportance(double value)
    {
        if (!(Math.Abs(value) <= MaxWholeRating && Math.Floor(value) == value))
        {
            ImportanceWhole = false;
        }

        Importance = Importance.Add(value);
    }

    /// <summary>
    /// Whether the importance moments of batches read apart, whose accumulators are <paramref name="parts"/> (each summed
    /// in row order), add up to exactly the moments of one pass over all their rows: every number was whole (see
    /// <see cref="ImportanceWhole"/>) and the sum of squares of all of them stays below 2^53. Then, for whole numbers,
    /// |x| ≤ x², so every partial sum and sum of squares in any order is an integer below 2^53, represented exactly.
    /// </summary>
    /// <remarks>
    /// A batch's computed sum of squares below 2^53 is its exact one: rounding is monotone and 2^53 is representable, so
    /// a true partial sum reaching past 2^53 would leave the computed sum at 2^53 or above.
    /// </remarks>
    public static bool ImportanceMergesExactly(IEnumerable<FeatureAccumulator> parts)
    {
        long total = 0;
        foreach (var part in parts)
        {
            if (!part.ImportanceWhole || !(part.Importance.SumOfSquares < ExactSumLimit))
            {
                return false;
            }

            total += (long)part.Importance.SumOfSquares;
            if (total >= (long)ExactSumLimit)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the counts, moments and label counts of <paramref name="other"/> (read after this one's rows) to this one.</summary>
    public void Merge(FeatureAccumulator other)
    {
        for (int c = 0; c < Cells.Length; c++)
        {
            Cells[c] += other.Cells[c];
        }

        Missing += other.Missing;
        Rejected += other.Rejected;
        Importance += other.Importance;
        ImportanceWhole &= other.ImportanceWhole;
        if (other.ImportanceLabels is { } labels)
        {
            ImportanceLabels ??= new long[ImportanceScales.LabelCount];
            for (int id = 0; id < labels.Length; id++)
            {
                ImportanceLabels[id] += labels[id];
            }
        }
    }

    /// <summary>Moves the label counts into the moments at their numbers on <paramref name="scale"/> (whose range they widen to 1 … points), or drops them (scale −1).</summary>
    public void SettleImportance(int scale)
    {
        if (ImportanceLabels is not { } counts)
        {
            return;
        }

        ImportanceLabels = null;
        if (scale < 0)
        {
            return;
        }

        for (int id = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                double value = ImportanceScales.Value(scale, id);
                Importance += new ImportanceMoments(counts[id], counts[id] * value, counts[id] * value * value) { ScaleMin = 1, ScaleMax = ImportanceScales.All[scale].Points };
            }
        }
    }

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

    /// <summary>The number of segment values added (slots 0 … count − 1, in first-seen order).</summary>
    public int SegmentCount => _segments.Count;

    /// <summary>
    /// Settles the verbal importance labels of every column (<paramref name="columnOf"/> gives each feature's importance
    /// column, −1 for none): each column's scale is decided from the labels and numbers all its cells hold
    /// (<see cref="ImportanceScaleChoice"/>; <paramref name="stated"/> is the scale a definition states, or −1), and its
    /// labels counted at their numbers on it, overall and in every segment. A column whose scale cannot be decided is
    /// reported through <paramref name="report"/> (column, problem, value) and its labels are not counted.
    /// </summary>
    public void SettleImportance(Func<int, int> columnOf, Func<int, string> columnName, int stated, Action<int, string, string?> report)
    {
        var columns = new List<(int Column, long[] Counts, double? Min, double? Max)>();
        foreach (var group in Enumerable.Range(0, _features.Count).Where(f => _overall[f].ImportanceLabels is not null).GroupBy(columnOf))
        {
            var counts = new long[ImportanceScales.LabelCount];
            double? min = null, max = null;
            foreach (int f in group)
            {
                for (int id = 0; id < counts.Length; id++)
                {
                    counts[id] += _overall[f].ImportanceLabels![id];
                }
            }

            foreach (int f in Enumerable.Range(0, _features.Count).Where(f => columnOf(f) == group.Key))
            {
                var numbers = _overall[f].Importance;
                min = numbers.ScaleMin is { } lo ? Math.Min(min ?? lo, lo) : min;
                max = numbers.ScaleMax is { } hi ? Math.Max(max ?? hi, hi) : max;
            }

            columns.Add((group.Key, counts, min, max));
        }

        var decisions = columns.Select(c => ImportanceScaleChoice.Decide(c.Counts, c.Min, c.Max, stated, columnName(c.Column))).ToArray();
        if (decisions.Any(d => d.Ambiguous))
        {
            // The file's columns together: when they decide one scale that every column decided on its own agrees with,
            // an ambiguous column whose labels and numbers are all on it is read on it.
            var all = new long[ImportanceScales.LabelCount];
            foreach (var column in columns)
            {
                for (int id = 0; id < all.Length; id++)
                {
                    all[id] += column.Counts[id];
                }
            }

            double? min = columns.Min(c => c.Min), max = columns.Max(c => c.Max);
            var file = ImportanceScaleChoice.Decide(all, min, max, stated, string.Empty);
            if (file.Scale >= 0 && decisions.All(d => d.Scale < 0 || d.Scale == file.Scale))
            {
                for (int c = 0; c < decisions.Length; c++)
                {
                    if (decisions[c].Ambiguous && ImportanceScaleChoice.Decide(columns[c].Counts, columns[c].Min, columns[c].Max, file.Scale, string.Empty).Scale == file.Scale)
                    {
                        decisions[c] = new(file.Scale, null, null);
                    }
                }
            }
        }

        for (int c = 0; c < columns.Count; c++)
        {
            if (decisions[c].Problem is { } problem)
            {
                report(columns[c].Column, problem, decisions[c].Value);
            }

            foreach (int f in Enumerable.Range(0, _features.Count).Where(f => columnOf(f) == columns[c].Column))
            {
                _overall[f].SettleImportance(decisions[c].Scale);
                foreach (var segment in _segments)
                {
                    segment[f].SettleImportance(decisions[c].Scale);
                }
            }
        }
    }

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
