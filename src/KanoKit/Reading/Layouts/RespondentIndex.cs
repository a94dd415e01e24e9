using System.Runtime.CompilerServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The respondents of a file with several rows per respondent (long and tall layouts): each id held once, the
/// previous row's respondent found without a lookup when rows come grouped (the usual case), and each respondent's
/// segments fixed by their first row and counted there.
/// </summary>
/// <remarks>
/// Nothing is allocated per row or per respondent: ids are copied into the <see cref="TextSet"/>'s shared buffer (one byte per character when ASCII) and the
/// segment slots of all respondents lie in one array (respondent × segment columns), so memory grows with the
/// respondents' ids alone, never with rows. A row of the respondent before costs one span comparison.
/// </remarks>
internal sealed class RespondentIndex(RowCursor cursor, SegmentRouter segments, Tallies.TallyBuilder tallies)
{
    private readonly TextSet _ids = new();
    private readonly int _width = segments.Count;
    private int[] _slots = segments.Count == 0 ? [] : new int[16 * segments.Count];
    private int _last = -1;

    /// <summary>Respondents seen.</summary>
    public int Count => _ids.Count;

    /// <summary>The segment slots of respondent <paramref name="respondent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> SegmentsOf(int respondent) => _width == 0 ? [] : _slots.AsSpan(respondent * _width, _width);

    /// <summary>The id of respondent <paramref name="respondent"/>.</summary>
    public string IdOf(int respondent) => _ids.StringAt(respondent);

    /// <summary>The ordinal of the respondent with <paramref name="id"/>; a new respondent takes the current row's segments.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(ReadOnlySpan<char> id) => _last >= 0 && _ids.TextEquals(_last, id) ? _last : Other(id);

    private int Other(ReadOnlySpan<char> id)
    {
        _last = _ids.Add(id, out bool added);
        if (!added)
        {
            return _last; // a respondent coming back after another's rows (an ungrouped file): found by hash
        }

        if (_width > 0)
        {
            if ((_last + 1) * _width > _slots.Length)
            {
                Array.Resize(ref _slots, Math.Max((_last + 1) * _width, _slots.Length * 2));
            }

            var slots = _slots.AsSpan(_last * _width, _width);
            segments.CurrentSlots(cursor, slots);
            foreach (int slot in slots)
            {
                tallies.Segment(slot).Respondents++;
            }
        }

        return _last;
    }
}
