using System.Buffers;
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
/// (Qualtrics' <c>R_…</c> ids cost about 0.4–0.8 µs each). Appending a fingerprint is a sequential write; the check
/// (<see cref="AnyRepeated"/>) is two passes through a cache-sized bit map and a sort of the few that share a slot — a
/// few nanoseconds per id. Fingerprints live in blocks of 64 Ki (512 kB), so growing never copies, and blocks of parts read
/// on other threads are adopted without a copy. Blocks and the check's bit maps come from the shared array pool and go
/// back to it (<see cref="Release"/>): fresh memory for every read costs a page fault per 4 kB, which a profile of a
/// Qualtrics file showed costing more than the fingerprints themselves.
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
    public void Add(ReadOnlySpan<char> id) => Add(Fingerprint(id));

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

    /// <summary>Gives the blocks back to the array pool; the set is empty afterwards.</summary>
    public void Release()
    {
        foreach (var block in _full)
        {
            ArrayPool<ulong>.Shared.Return(block);
        }

        if (_block.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_block);
        }

        _full.Clear();
        _block = [];
        _used = 0;
    }

    /// <summary>Whether any fingerprint occurs twice (then some id may).</summary>
    /// <remarks>
    /// Two passes over the fingerprints with a bit map of about eight bits per fingerprint, indexed by its top bits (a
    /// megabyte for a million: it stays in the cache): the first marks the slots met twice, the second keeps the
    /// fingerprints in those slots — about one in eight — which are sorted and compared with their neighbours.
    /// </remarks>
    public bool AnyRepeated()
    {
        long count = Count;
        if (count < 2)
        {
            return false;
        }

        int bits = Math.Clamp(64 - BitOperations.LeadingZeroCount((ulong)count - 1) + 3, 6, 30);
        int shift = 64 - bits;
        int words = (int)((1L << bits) / 64);
        var seen = ArrayPool<ulong>.Shared.Rent(words);
        var twice = ArrayPool<ulong>.Shared.Rent(words);
        try
        {
            return RepeatsIn(seen.AsSpan(0, words), twice.AsSpan(0, words), shift);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(seen);
            ArrayPool<ulong>.Shared.Return(twice);
        }
    }

    private bool RepeatsIn(Span<ulong> seen, Span<ulong> twice, int shift)
    {
        seen.Clear();
        twice.Clear();
        foreach (var block in Blocks())
        {
            foreach (ulong f in block)
            {
                ulong slot = f >> shift;
                ulong bit = 1UL << (int)slot;
                ref ulong word = ref seen[(int)(slot >> 6)];
                if ((word & bit) != 0)
                {
                    twice[(int)(slot >> 6)] |= bit;
                }

                word |= bit;
            }
        }

        var candidates = new List<ulong>();
        foreach (var block in Blocks())
        {
            foreach (ulong f in block)
            {
                ulong slot = f >> shift;
                if ((twice[(int)(slot >> 6)] & (1UL << (int)slot)) != 0)
                {
                    candidates.Add(f);
                }
            }
        }

        var sorted = CollectionsMarshal.AsSpan(candidates);
        sorted.Sort();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends a fingerprint already taken (<see cref="Fingerprint(ReadOnlySpan{byte})"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ulong fingerprint)
    {
        if (_used == _block.Length)
        {
            Grow();
        }

        _block[_used++] = fingerprint;
    }

    /// <summary>
    /// A 64-bit fingerprint of the characters, four at a time: each word is folded in by a 64×64→128-bit multiply whose
    /// halves are XORed (the mixing step of wyhash), and the length and a final avalanche (MurmurHash3's fmix64) close
    /// it. Fixed, not randomised: it decides only how soon an exact check is needed, never an answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Fingerprint(ReadOnlySpan<char> id)
    {
        var words = MemoryMarshal.Cast<char, ulong>(id);
        ulong hash = Seed ^ (ulong)id.Length;
        foreach (ulong word in words)
        {
            hash = Fold(hash, word);
        }

        ulong last = 0;
        for (int i = words.Length * 4; i < id.Length; i++)
        {
            last = (last << 16) | id[i];
        }

        return Finish(hash, last, id.Length);
    }

    /// <summary>
    /// The fingerprint of ASCII bytes, equal to <see cref="Fingerprint(ReadOnlySpan{char})"/> of the same characters:
    /// four bytes are spread to the four 16-bit lanes a UTF-16 word holds, so the byte path takes an id's fingerprint
    /// without widening it first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Fingerprint(ReadOnlySpan<byte> ascii)
    {
        ulong hash = Seed ^ (ulong)ascii.Length;
        int whole = ascii.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            ulong word = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(ascii[i..]);
            word = (word | (word << 16)) & 0x0000FFFF0000FFFFUL;
            word = (word | (word << 8)) & 0x00FF00FF00FF00FFUL;
            hash = Fold(hash, word);
        }

        ulong last = 0;
        for (int i = whole; i < ascii.Length; i++)
        {
            last = (last << 16) | ascii[i];
        }

        return Finish(hash, last, ascii.Length);
    }

    private const ulong Seed = 0xA0761D6478BD642FUL;
    private const ulong Step = 0xE7037ED1A0B428DBUL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong hash, ulong word)
    {
        ulong high = Math.BigMul(hash ^ word, Step, out ulong low);
        return high ^ low;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong hash, ulong last, int length)
    {
        ulong top = Math.BigMul(hash ^ last ^ Step, Seed ^ (ulong)length, out ulong bottom);
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

        ArrayPool<ulong>.Shared.Return(block);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_block.Length == BlockSize)
        {
            _full.Add(_block);
            _block = ArrayPool<ulong>.Shared.Rent(BlockSize); // a power of two: the pool gives exactly that length
            _used = 0;
            return;
        }

        // Small files stay small: the first block grows from 256 to the block size.
        var larger = ArrayPool<ulong>.Shared.Rent(Math.Max(256, Math.Min(BlockSize, _block.Length * 4)));
        _block.AsSpan(0, _used).CopyTo(larger);
        if (_block.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_block);
        }

        _block = larger;
    }
}
