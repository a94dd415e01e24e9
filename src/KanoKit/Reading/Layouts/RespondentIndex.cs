using System.Runtime.CompilerServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The respondents of a file with several rows per respondent (long and tall layouts): ordinals in first-seen order, the
/// previous row's respondent found by one span comparison when rows come grouped (the usual case), and each
/// respondent's segments fixed by their first row and counted there.
/// </summary>
/// <remarks>
/// <para>How a new id is told from a returning one is the read's <see cref="RespondentCounting"/>. Indexed: every id is
/// held once in a <see cref="TextSet"/> (one byte per character when ASCII) and the segment slots of all respondents lie
/// in one array (respondent × segment columns), so memory grows with the respondents. Runs: ids arrive in strictly
/// increasing <see cref="RespondentOrder"/>, so each is new, and only the current respondent is held — memory flat in
/// the file size. Hashed: a 64-bit hash per respondent (<see cref="RespondentHashes"/>). An id that runs or hashes
/// cannot prove new throws <see cref="RespondentCountingBroken"/> before anything of its row is counted.</para>
/// <para>Outside the indexed way, the segment slots of the current and the previous respondent are held (a layout may
/// finish the previous respondent after meeting the next), so <see cref="SegmentsOf"/> answers for those two only.</para>
/// </remarks>
internal sealed class RespondentIndex
{
    private readonly RowCursor _cursor;
    private readonly SegmentRouter _segments;
    private readonly Tallies.TallyBuilder _tallies;
    private readonly TextSet? _ids;
    private readonly RespondentHashes? _hashes;
    private readonly int _width;
    private readonly int _slotMask; // respondent & _slotMask = its row of _slots: all of them indexed, else current and previous
    private int[] _slots;
    private char[] _current = new char[64]; // the id of respondent _last
    private int _currentLength;
    private int _last = -1;
    private int _count;

    public RespondentIndex(RowCursor cursor, SegmentRouter segments, Tallies.TallyBuilder tallies, RespondentCounting counting)
    {
        _cursor = cursor;
        _segments = segments;
        _tallies = tallies;
        Counting = counting;
        _ids = counting == RespondentCounting.Indexed ? new TextSet() : null;
        _hashes = counting == RespondentCounting.Hashed ? new RespondentHashes() : null;
        _width = segments.Count;
        _slotMask = counting == RespondentCounting.Indexed ? int.MaxValue : 1;
        _slots = _width == 0 ? [] : new int[(counting == RespondentCounting.Indexed ? 16 : 2) * _width];
    }

    /// <summary>How new ids are told from returning ones.</summary>
    public RespondentCounting Counting { get; }

    /// <summary>Respondents seen.</summary>
    public int Count => _count;

    /// <summary>The segment slots of respondent <paramref name="respondent"/> (outside the indexed way, the current or the previous one only).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> SegmentsOf(int respondent) => _width == 0 ? [] : _slots.AsSpan((respondent & _slotMask) * _width, _width);

    /// <summary>The id of respondent <paramref name="respondent"/> (indexed only).</summary>
    public string IdOf(int respondent) => _ids!.StringAt(respondent);

    /// <summary>The ordinal of the respondent with <paramref name="id"/>; a new respondent takes the current row's segments.</summary>
    /// <exception cref="RespondentCountingBroken">Counting by runs or hashes, and <paramref name="id"/> cannot be proved new.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Of(ReadOnlySpan<char> id) => id.SequenceEqual(_current.AsSpan(0, _currentLength)) && _last >= 0 ? _last : Other(id);

    private int Other(ReadOnlySpan<char> id)
    {
        int respondent;
        switch (Counting)
        {
            case RespondentCounting.Runs when _last >= 0 && RespondentOrder.Compare(_current.AsSpan(0, _currentLength), id) >= 0:
                throw new RespondentCountingBroken(RespondentCounting.Hashed);
            case RespondentCounting.Hashed when !_hashes!.Add(id):
                throw new RespondentCountingBroken(RespondentCounting.Indexed);
            case RespondentCounting.Indexed:
                respondent = _ids!.Add(id, out bool added);
                if (!added)
                {
                    Remember(respondent, id); // a respondent coming back after another's rows (an ungrouped file): found by hash
                    return respondent;
                }

                break;
            default:
                respondent = _count;
                break;
        }

        _count++;
        Remember(respondent, id);
        if (_width > 0)
        {
            if (Counting == RespondentCounting.Indexed && (respondent + 1) * _width > _slots.Length)
            {
                Array.Resize(ref _slots, Math.Max((respondent + 1) * _width, _slots.Length * 2));
            }

            var slots = _slots.AsSpan((respondent & _slotMask) * _width, _width);
            _segments.CurrentSlots(_cursor, slots);
            foreach (int slot in slots)
            {
                _tallies.Segment(slot).Respondents++;
            }
        }

        return respondent;
    }

    private void Remember(int respondent, ReadOnlySpan<char> id)
    {
        if (id.Length > _current.Length)
        {
            _current = new char[Math.Max(id.Length, _current.Length * 2)];
        }

        id.CopyTo(_current);
        _currentLength = id.Length;
        _last = respondent;
    }
}
