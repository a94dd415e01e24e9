namespace KanoKit.Reading.Layouts;

/// <summary>
/// The 64-bit hashes of the respondent ids met so far, for counting respondents of a file grouped by respondent in no
/// particular order (<see cref="RespondentCounting.Hashed"/>): 8 bytes a slot, at most three quarters full, so 8 to 21 bytes
/// per respondent whatever the ids' length. A hash met again is not proof of a returning respondent (two ids may share
/// one), so the caller then reads again holding the ids themselves.
/// </summary>
internal sealed class RespondentHashes
{
    private ulong[] _slots = new ulong[1024]; // 0 = empty; a hash of 0 is stored as 1
    private int _count;

    /// <summary>Adds the hash of <paramref name="id"/>; false when that hash is already held.</summary>
    public bool Add(ReadOnlySpan<char> id)
    {
        ulong hash = Math.Max(IdFingerprints.Fingerprint(id), 1UL); // the wide reader's id fingerprint
        int mask = _slots.Length - 1;
        for (int slot = (int)(hash >> 32) & mask; ; slot = (slot + 1) & mask)
        {
            ulong held = _slots[slot];
            if (held == hash)
            {
                return false;
            }

            if (held == 0)
            {
                _slots[slot] = hash;
                break;
            }
        }

        if (++_count * 4L > _slots.Length * 3L)
        {
            Grow();
        }

        return true;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new ulong[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (ulong hash in old)
        {
            if (hash == 0)
            {
                continue;
            }

            int slot = (int)(hash >> 32) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _slots[slot] = hash;
        }
    }
}
