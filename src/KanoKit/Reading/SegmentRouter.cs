using KanoKit.Tallies;

namespace KanoKit.Reading;

/// <summary>
/// Finds the segment accumulators of a row: for each segment column, the slot of the row's value in the tally builder
/// (values keep first-seen order). A value already seen costs a lookup, never an allocation.
/// </summary>
internal sealed class SegmentRouter
{
    private readonly int[] _columns;
    private readonly TextSet[] _values;
    private readonly List<int>[] _slots;
    private readonly TallyBuilder _tallies;

    public SegmentRouter(int[] columns, TallyBuilder tallies)
    {
        _columns = columns;
        _tallies = tallies;
        _values = [.. columns.Select(_ => new TextSet())];
        _slots = [.. columns.Select(_ => new List<int>())];
        Current = new SegmentAccumulators[columns.Length];
    }

    /// <summary>The segments of the row last routed, one per segment column.</summary>
    public SegmentAccumulators[] Current { get; }

    public int Count => _columns.Length;

    /// <summary>Routes the cursor's current row: fills <see cref="Current"/> and, with <paramref name="countRespondent"/>, counts the row's respondent in each.</summary>
    public void Route(RowCursor cursor, bool countRespondent)
    {
        for (int s = 0; s < _columns.Length; s++)
        {
            Current[s] = _tallies.Segment(Slot(s, cursor.Text(_columns[s])));
            if (countRespondent)
            {
                Current[s].Respondents++;
            }
        }
    }

    /// <summary>
    /// Routes segment column <paramref name="segment"/> (an index into the router's columns) of the current row by its
    /// trimmed value: sets <see cref="Current"/> for it and counts the row's respondent there.
    /// </summary>
    public SegmentAccumulators Route(int segment, ReadOnlySpan<char> value)
    {
        var accumulators = Current[segment] = _tallies.Segment(Slot(segment, value));
        accumulators.Respondents++;
        return accumulators;
    }

    /// <summary>The accumulators of value <paramref name="value"/> of segment column <paramref name="segment"/>, added after the values seen so far when new.</summary>
    public SegmentAccumulators Find(int segment, ReadOnlySpan<char> value) => _tallies.Segment(Slot(segment, value));

    /// <summary>Writes the slots of the current row's values into <paramref name="slots"/> (one per segment column), to remember per respondent (long files).</summary>
    public void CurrentSlots(RowCursor cursor, Span<int> slots)
    {
        for (int s = 0; s < _columns.Length; s++)
        {
            slots[s] = Slot(s, cursor.Text(_columns[s]));
        }
    }

    private int Slot(int column, ReadOnlySpan<char> value)
    {
        int index = _values[column].Add(value, out bool added);
        if (added)
        {
            _slots[column].Add(_tallies.AddSegment(column, _values[column].StringAt(index)));
        }

        return _slots[column][index];
    }
}
