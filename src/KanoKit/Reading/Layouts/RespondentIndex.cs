namespace KanoKit.Reading.Layouts;

/// <summary>
/// The respondents of a file with several rows per respondent (long and tall layouts): each id held once, the
/// previous row's respondent found without a lookup when rows come grouped (the usual case), and each respondent's
/// segments fixed by their first row and counted there.
/// </summary>
internal sealed class RespondentIndex(RowCursor cursor, SegmentRouter segments, Tallies.TallyBuilder tallies)
{
    private readonly TextSet _ids = new();
    private readonly List<int[]> _segments = [];
    private int _last = -1;

    /// <summary>Respondents seen.</summary>
    public int Count => _ids.Count;

    /// <summary>The segment slots of respondent <paramref name="respondent"/>.</summary>
    public int[] SegmentsOf(int respondent) => _segments[respondent];

    /// <summary>The id of respondent <paramref name="respondent"/>.</summary>
    public string IdOf(int respondent) => _ids.StringAt(respondent);

    /// <summary>The ordinal of the respondent with <paramref name="id"/>; a new respondent takes the current row's segments.</summary>
    public int Of(ReadOnlySpan<char> id)
    {
        if (_last >= 0 && _ids[_last].SequenceEqual(id))
        {
            return _last;
        }

        _last = _ids.Add(id, out bool added);
        if (added)
        {
            _segments.Add(segments.CurrentSlots(cursor));
            foreach (int slot in _segments[_last])
            {
                tallies.Segment(slot).Respondents++;
            }
        }

        return _last;
    }
}
