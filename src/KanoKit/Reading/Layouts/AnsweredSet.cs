using System.Collections;

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
    private BitArray? _dense;
    private int _count;
    private int _highest = -1;

    /// <summary>Adds <paramref name="respondent"/>; false when it was already there.</summary>
    public bool Add(int respondent)
    {
        if (_dense is not null)
        {
            if (respondent < _dense.Length)
            {
                if (_dense[respondent])
                {
                    return false;
                }

                _dense[respondent] = true;
                _count++;
                return true;
            }

            if ((long)respondent + 1 <= (long)BitsPerMember * (_count + 1))
            {
                _dense.Length = (int)Math.Min((long)BitsPerMember * (_count + 1), Math.Max(respondent + 1L, _dense.Length * 2L));
                _dense[respondent] = true;
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

    private void ToSparse()
    {
        _sparse = new HashSet<int>(_count);
        for (int i = 0; i < _dense!.Length; i++)
        {
            if (_dense[i])
            {
                _sparse.Add(i);
            }
        }

        _highest = _dense.Length - 1;
        _dense = null;
    }

    private void ToDense()
    {
        _dense = new BitArray(_highest + 1);
        foreach (int member in _sparse!)
        {
            _dense[member] = true;
        }

        _sparse = null;
    }
}
