using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The text respondent ids of a wide file as 64-bit fingerprints, appended as rows pass and checked for a repeat once,
/// at the end: a repeated id always repeats its fingerprint, so when no fingerprint repeats no id does. A repeated
/// fingerprint (a repeated id, or — about once in 10¹⁰ files of a million ids — two ids that share one) sends the read
/// back to the start with exact id sets, which then report the repeated row where it stands.
/// </summary>
/// <remarks>
/// An exact set must look every id up as it arrives: one random access into a table larger than the cache per row
/// (Qualtrics' <c>R_…</c> ids cost about 0.4–0.8 µs each). Appending a fingerprint is a sequential write; the check is a
/// partition by the top bits into cache-sized buckets, a sort of each and a scan for neighbours that are equal — a few
/// nanoseconds per id. Fingerprints live in blocks of 64 Ki (512 kB), so growing never copies, and blocks of parts read
/// on other threads are adopted without a copy.
/// </remarks>
internal sealed class IdFingerprints
{
    private const int BlockSize = 1 << 16;

    private readonly List<ulong[]> _full = [];
    private ulong[] _block = [];
    private int _used;

    /// <summary>The fingerprints held.</summary>
    public long Count => ((long)_full.Count * BlockSize) + _used;

    /// <summary>Appends the fingerprint of <paramref name="id"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<char> id)
    {
        if (_used == _block.Length)
        {
            Grow();
        }

        _block[_used++] = Fingerprint(id);
    }

    /// <summary>Takes every fingerprint of <paramref name="other"/> (which is left empty).</summary>
    public void Adopt(IdFingerprints other)
    {
        foreach (var block in other._full)
        {
            Append(block, BlockSize);
        }

        Append(other._block, other._used);
        other._full.Clear();
        other._block = [];
        other._used = 0;
    }

    /// <summary>Whether any fingerprint occurs twice (then some id may).</summary>
    public bool AnyRepeated()
    {
        long count = Count;
        if (count < 2)
        {
            return false;
        }

        // Partition by the top bits into buckets of about 128 to 256 fingerprints, then look for a repeat in each bucket
        // with a small open-addressing table that stays in the first-level cache (keyed by the low bits).
        int bits = Math.Clamp(64 - BitOperations.LeadingZeroCount((ulong)count) - 8, 0, 24);
        int shift = 64 - bits;
        var starts = new int[(1 << bits) + 1];
        foreach (var block in Blocks())
        {
            foreach (ulong f in block)
            {
                starts[(int)(bits == 0 ? 0 : f >> shift) + 1]++;
            }
        }

        for (int b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        var partitioned = new ulong[count];
        var next = starts[..^1];
        foreach (var block in Blocks())
        {
            foreach (ulong f in block)
            {
                partitioned[next[(int)(bits == 0 ? 0 : f >> shift)]++] = f;
            }
        }

        var table = new ulong[1024];
        for (int b = 0; b + 1 < starts.Length; b++)
        {
            if (Repeats(partitioned.AsSpan(starts[b], starts[b + 1] - starts[b]), table))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="bucket"/> holds a value twice, using <paramref name="table"/> as scratch.</summary>
    private static bool Repeats(Span<ulong> bucket, ulong[] table)
    {
        if (bucket.Length * 2 > table.Length)
        {
            bucket.Sort(); // a bucket far above its expected size: only for hostile input
            for (int i = 1; i < bucket.Length; i++)
            {
                if (bucket[i] == bucket[i - 1])
                {
                    return true;
                }
            }

            return false;
        }

        int mask = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, bucket.Length * 2)) - 1;
        Array.Clear(table, 0, mask + 1);
        bool zero = false; // 0 marks an empty slot, so a fingerprint of 0 is remembered apart
        foreach (ulong f in bucket)
        {
            if (f == 0)
            {
                if (zero)
                {
                    return true;
                }

                zero = true;
                continue;
            }

            int slot = (int)f & mask;
            while (table[slot] != 0)
            {
                if (table[slot] == f)
                {
                    return true;
                }

                slot = (slot + 1) & mask;
            }

            table[slot] = f;
        }

        return false;
    }

    /// <summary>
    /// A 64-bit fingerprint of the characters, four at a time: each word is folded in by a 64×64→128-bit multiply whose
    /// halves are XORed (the mixing step of wyhash), and the length and a final avalanche (MurmurHash3's fmix64) close
    /// it. Fixed, not randomised: it decides only how soon an exact check is needed, never an answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Fingerprint(ReadOnlySpan<char> id)
    {
        const ulong Seed = 0xA0761D6478BD642FUL;
        const ulong Step = 0xE7037ED1A0B428DBUL;
        var words = MemoryMarshal.Cast<char, ulong>(id);
        ulong hash = Seed ^ (ulong)id.Length;
        foreach (ulong word in words)
        {
            ulong high = Math.BigMul(hash ^ word, Step, out ulong low);
            hash = high ^ low;
        }

        ulong last = 0;
        for (int i = words.Length * 4; i < id.Length; i++)
        {
            last = (last << 16) | id[i];
        }

        ulong top = Math.BigMul(hash ^ last ^ Step, Seed ^ (ulong)id.Length, out ulong bottom);
        hash = top ^ bottom;
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        hash *= 0xC4CEB9FE1A85EC53UL;
        hash ^= hash >> 33;
        return hash;
    }

    private IEnumerable<ArraySegment<ulong>> Blocks()
    {
        foreach (var block in _full)
        {
            yield return block;
        }

        yield return new ArraySegment<ulong>(_block, 0, _used);
    }

    private void Append(ulong[] block, int used)
    {
        if (used == 0)
        {
            return;
        }

        if (used == BlockSize && _used == 0)
        {
            _full.Add(block); // a whole block is adopted as it is
            return;
        }

        foreach (ulong f in block.AsSpan(0, used))
        {
            if (_used == _block.Length)
            {
                Grow();
            }

            _block[_used++] = f;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_block.Length == BlockSize)
        {
            _full.Add(_block);
            _block = new ulong[BlockSize];
        }
        else
        {
            // Small files stay small: the first block grows from 256 to the block size.
            Array.Resize(ref _block, Math.Max(256, Math.Min(BlockSize, _block.Length * 4)));
            return;
        }

        _used = 0;
    }
}
