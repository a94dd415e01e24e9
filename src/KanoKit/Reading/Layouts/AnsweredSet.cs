using System.Runtime.CompilerServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The respondents (ordinals) who answered one feature of a long file, in memory that grows with the answers read: a
/// hash set while few of the respondents seen so far answered it, a bit per respondent once that is smaller
/// (at least one answer in <see cref="BitsPerMember"/> respondents). So N respondents each answering a feature of their
/// own cost O(N) in all, not N², while a feature everyone answers costs one bit per respondent.
/// </summary>
internal sealed class AnsweredSet
{
    /// <summary>A bitmap is used while it takes at most this many bits per member (a hash set entry takes about 128).</summary>
    public const int BitsPerMember = 128;

    private HashSet<int>? _sparse = [];
    private ulong[]? _dense; // bit r set = respondent r answered; bits at or past _denseLength are clear
    private int _denseLength;
    private int _count;
    private int _highest = -1;

    /// <summary>Adds <paramref name="respondent"/>; false when it was already there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Add(int respondent)
    {
        // The common case, rows grouped by respondent: a bitmap that already covers the respondent.
        var dense = _dense;
        if (dense is not null && (uint)(respondent >> 6) < (uint)dense.Length && respondent < _denseLength)
        {
            ref ulong word = ref dense[respondent >> 6];
            ulong bit = 1UL << respondent;
            if ((word & bit) != 0)
            {
                return false;
            }

            word |= bit;
            _count++;
            return true;
        }

        return AddSlow(respondent);
    }

    private bool AddSlow(int respondent)
    {
        if (_dense is not null)
        {
            if ((long)respondent + 1 <= (long)BitsPerMember * (_count + 1))
            {
                Grow((int)Math.Min((long)BitsPerMember * (_count + 1), Math.Max(respondent + 1L, _denseLength * 2L)));
                _dense[respondent >> 6] |= 1UL << respondent;
                _count++;
                return true;
            }

            ToSparse();
        }

        if (!_sparse!.Add(respondent))
        {
            return false;
        }

        _count++;
        _highest = Math.Max(_highest, respondent);
        if (_count >= 64 && (long)_highest + 1 <= (long)BitsPerMember * _count)
        {
            ToDense();
        }

        return true;
    }

    /// <summary>Widens the bitmap to <paramref name="length"/> bits (new bits clear).</summary>
    private void Grow(int length)
    {
        int words = (int)(((long)length + 63) >> 6);
        if (words > _dense!.Length)
        {
            Array.Resize(ref _dense, words);
        }

        _denseLength = length;
    }

    private void ToSparse()
    {
        _sparse = new HashSet<int>(_count);
        for (int i = 0; i < _denseLength; i++)
        {
            if ((_dense![i >> 6] & (1UL << i)) != 0)
            {
                _sparse.Add(i);
            }
        }

        _highest = _denseLength - 1;
        _dense = null;
    }

    private void ToDense()
    {
        _denseLength = _highest + 1;
        _dense = new ulong[(int)(((long)_denseLength + 63) >> 6)];
        foreach (int member in _sparse!)
        {
            _dense[member >> 6] |= 1UL << member;
        }

        _sparse = null;
    }
}
