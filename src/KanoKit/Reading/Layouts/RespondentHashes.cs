using System.Numerics;
using System.Runtime.InteropServices;

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
        ulong hash = Math.Max(Hash(id), 1UL);
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

    /// <summary>
    /// A 64-bit hash of the characters, four at a time (multiply and rotate, finished by an avalanche). Not randomised: a
    /// file made to collide only makes its own read fall back to holding the ids.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var words = MemoryMarshal.Cast<char, ulong>(text);
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        foreach (ulong word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ word) * 0xBF58476D1CE4E5B9UL, 31);
        }

        for (int i = words.Length * 4; i < text.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ text[i]) * 0x94D049BB133111EBUL, 27);
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
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
