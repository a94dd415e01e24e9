using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The text respondent ids of a wide file as 64-bit fingerprints, appended as rows pass and checked for a repeat once,
/// at the end: a repeated id always repeats its fingerprint, so when no fingerprint repeats no id does. A repeated
/// fingerprint (a repeated id, or — about once in 4 × 10⁷ files of a million ids — two ids that share one) sends the read
/// back to the start with exact id sets, which then report the repeated row where it stands.
/// </summary>
/// <remarks>
/// An exact set must look every id up as it arrives: one random access into a table larger than the cache per row
/// (Qualtrics' <c>R_…</c> ids cost about 0.4–0.8 µs each). Appending a fingerprint is a sequential write; the check
/// (<see cref="AnyRepeated"/>) partitions them by their top bits and looks each partition through a table in the
/// first-level cache, on the read's threads — a few nanoseconds per id. Fingerprints live in blocks of 64 Ki (512 kB), so
/// growing never copies, and blocks of parts read on other threads are adopted without a copy. Blocks and the check's
/// arrays come from the shared array pool and go
/// back to it (<see cref="Release"/>): fresh memory for every read costs a page fault per 4 kB, which a profile of a
/// Qualtrics file showed costing more than the fingerprints themselves.
/// </remarks>
internal sealed class IdFingerprints
{
    private const int BlockSize = 1 << 16;

    private readonly List<ArraySegment<ulong>> _filled = []; // blocks no longer written to: full ones, and the last of each part adopted
    private long _filledCount;
    private ulong[] _block = [];
    private int _used;

    /// <summary>The fingerprints held.</summary>
    public long Count => _filledCount + _used;

    /// <summary>Appends the fingerprint of <paramref name="id"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(ReadOnlySpan<char> id) => Add(Fingerprint(id));

    /// <summary>Takes every fingerprint of <paramref name="other"/> (which is left empty): its blocks, without a copy.</summary>
    public void Adopt(IdFingerprints other)
    {
        foreach (var block in other._filled)
        {
            Keep(block);
        }

        if (other._used > 0)
        {
            Keep(new ArraySegment<ulong>(other._block, 0, other._used));
        }
        else if (other._block.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(other._block);
        }

        other._filled.Clear();
        other._filledCount = 0;
        other._block = [];
        other._used = 0;
    }

    /// <summary>Gives the blocks back to the array pool; the set is empty afterwards.</summary>
    public void Release()
    {
        foreach (var block in _filled)
        {
            ArrayPool<ulong>.Shared.Return(block.Array!);
        }

        if (_block.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_block);
        }

        _filled.Clear();
        _filledCount = 0;
        _block = [];
        _used = 0;
    }

    /// <summary>Whether any fingerprint occurs twice (then some id may), found on up to <paramref name="threads"/> threads.</summary>
    /// <remarks>
    /// The fingerprints are partitioned by their top bits (about a thousand to a partition, at most 2¹⁶ partitions), so
    /// equal fingerprints always meet in one partition: each thread histograms and then scatters its share of the blocks
    /// into one array in partition order, and each thread checks a range of whole partitions through an open-addressing
    /// table of four times the partition's size (a quarter full: few probes miss), indexed by the bits below the
    /// partition's (32 kB for most partitions, 64 kB for the largest: it stays in the first-level cache). Exact by construction, whatever the thread count: the
    /// answer never depends on it.
    /// </remarks>
    public bool AnyRepeated(int threads = 1)
    {
        long count = Count;
        if (count < 2)
        {
            return false;
        }

        var blocks = Segments();
        int bits = Math.Min(16, 64 - BitOperations.LeadingZeroCount((ulong)(count - 1) >> 10));
        int partitions = 1 << bits;
        int workers = count < (1 << 17) ? 1 : Math.Clamp(threads, 1, Math.Min(blocks.Count, 64));
        int[] firstBlock = Shares(blocks, workers);
        var histograms = new int[workers][];
        var scattered = ArrayPool<ulong>.Shared.Rent((int)count);
        try
        {
            Run(workers, w => histograms[w] = Histogram(blocks, firstBlock[w], firstBlock[w + 1], bits));

            // Where each worker's fingerprints of each partition go: partitions in order, workers in order within one.
            var starts = new int[partitions + 1];
            var at = new int[workers][];
            for (int w = 0; w < workers; w++)
            {
                at[w] = new int[partitions];
            }

            int offset = 0;
            for (int p = 0; p < partitions; p++)
            {
                starts[p] = offset;
                for (int w = 0; w < workers; w++)
                {
                    at[w][p] = offset;
                    offset += histograms[w][p];
                }
            }

            starts[partitions] = offset;
            Run(workers, w => Scatter(blocks, firstBlock[w], firstBlock[w + 1], bits, at[w], scattered));

            int[] firstPartition = new int[workers + 1];
            for (int w = 1, p = 0; w < workers; w++)
            {
                while (p < partitions && starts[p] < count * w / workers)
                {
                    p++;
                }

                firstPartition[w] = p;
            }

            firstPartition[workers] = partitions;
            int repeated = 0;
            Run(workers, w =>
            {
                if (Repeats(scattered, starts, firstPartition[w], firstPartition[w + 1], bits))
                {
                    Volatile.Write(ref repeated, 1);
                }
            });
            return repeated != 0;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(scattered);
        }
    }

    /// <summary>Runs <paramref name="work"/> for each worker, on this thread when there is one.</summary>
    private static void Run(int workers, Action<int> work)
    {
        if (workers == 1)
        {
            work(0);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, work);
        }
    }

    /// <summary>The first block of each worker's share (and the end), shares of about equal counts.</summary>
    private static int[] Shares(List<ArraySegment<ulong>> blocks, int workers)
    {
        long total = 0;
        foreach (var block in blocks)
        {
            total += block.Count;
        }

        var first = new int[workers + 1];
        long sum = 0;
        for (int b = 0, w = 1; b < blocks.Count && w < workers; b++)
        {
            sum += blocks[b].Count;
            while (w < workers && sum >= total * w / workers)
            {
                first[w++] = b + 1;
            }
        }

        first[workers] = blocks.Count;
        for (int w = workers - 1; w > 0; w--)
        {
            first[w] = Math.Min(first[w], first[w + 1]);
        }

        return first;
    }

    /// <summary>How many fingerprints of blocks [<paramref name="from"/>, <paramref name="to"/>) fall in each partition.</summary>
    private static int[] Histogram(List<ArraySegment<ulong>> blocks, int from, int to, int bits)
    {
        var counts = new int[1 << bits];
        int shift = 64 - bits;
        for (int b = from; b < to; b++)
        {
            foreach (ulong f in blocks[b].AsSpan())
            {
                counts[bits == 0 ? 0 : (int)(f >> shift)]++;
            }
        }

        return counts;
    }

    /// <summary>Copies the fingerprints of blocks [<paramref name="from"/>, <paramref name="to"/>) to their partitions' places (<paramref name="at"/>, advanced).</summary>
    private static void Scatter(List<ArraySegment<ulong>> blocks, int from, int to, int bits, int[] at, ulong[] into)
    {
        int shift = 64 - bits;
        ref ulong target = ref MemoryMarshal.GetArrayDataReference(into);
        ref int next = ref MemoryMarshal.GetArrayDataReference(at);
        for (int b = from; b < to; b++)
        {
            foreach (ulong f in blocks[b].AsSpan())
            {
                ref int slot = ref Unsafe.Add(ref next, bits == 0 ? 0 : (int)(f >> shift));
                Unsafe.Add(ref target, slot++) = f;
            }
        }
    }

    /// <summary>Whether a fingerprint repeats within any of partitions [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private static bool Repeats(ulong[] scattered, int[] starts, int from, int to, int bits)
    {
        int largest = 0;
        for (int p = from; p < to; p++)
        {
            largest = Math.Max(largest, starts[p + 1] - starts[p]);
        }

        if (largest < 2)
        {
            return false;
        }

        var table = ArrayPool<ulong>.Shared.Rent((int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(largest, 4) * 4));
        try
        {
            // One loop over the partitions and their fingerprints in one method, so that the runtime optimises it while
            // it runs (on-stack replacement) instead of running a per-partition method unoptimised until it is promoted.
            ref ulong first = ref MemoryMarshal.GetArrayDataReference(table);
            for (int p = from; p < to; p++)
            {
                // A table of at least four times the partition's size (0: an empty slot), indexed by the bits below the partition's.
                int length = starts[p + 1] - starts[p];
                int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(length, 4) * 4);
                table.AsSpan(0, size).Clear();
                int shift = 64 - BitOperations.Log2((uint)size);
                nuint mask = (nuint)size - 1;
                bool zero = false;
                foreach (ulong f in scattered.AsSpan(starts[p], length))
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

                    nuint i = (nuint)((f << bits) >> shift);
                    while (true)
                    {
                        ulong held = Unsafe.Add(ref first, i);
                        if (held == 0)
                        {
                            Unsafe.Add(ref first, i) = f;
                            break;
                        }

                        if (held == f)
                        {
                            return true;
                        }

                        i = (i + 1) & mask;
                    }
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
        }
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
    /// A 64-bit fingerprint of the characters: that of their ASCII bytes (<see cref="Fingerprint(ReadOnlySpan{byte})"/>)
    /// when every one is ASCII, so both paths of a read give an id the same one; otherwise that of their UTF-16 bytes (such
    /// an id never equals an ASCII one, so its fingerprint need only be its own).
    /// </summary>
    internal static ulong Fingerprint(ReadOnlySpan<char> id)
    {
        if (id.Length <= MaxNarrowed)
        {
            Span<byte> ascii = stackalloc byte[MaxNarrowed];
            if (System.Text.Ascii.FromUtf16(id, ascii, out int written) == OperationStatus.Done)
            {
                return Fingerprint(ascii[..written]);
            }
        }
        else if (System.Text.Ascii.IsValid(id))
        {
            var rented = ArrayPool<byte>.Shared.Rent(id.Length);
            System.Text.Ascii.FromUtf16(id, rented, out int written);
            ulong fingerprint = Fingerprint(rented.AsSpan(0, written));
            ArrayPool<byte>.Shared.Return(rented);
            return fingerprint;
        }

        return Fingerprint(MemoryMarshal.AsBytes(id));
    }

    /// <summary>
    /// A 64-bit fingerprint of bytes (an id's ASCII bytes, on the byte path), after wyhash: up to 16 bytes are read as
    /// two words from either end (overlapping when shorter; 1–3 bytes as first, middle and last), longer ones fold
    /// 16 bytes at a time, and two 64×64→128-bit multiplies whose halves are XORed mix the words, the length and the
    /// seeds. Fixed, not randomised: it decides only how soon an exact check is needed, never an answer.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Fingerprint(ReadOnlySpan<byte> bytes)
    {
        int length = bytes.Length;
        ref byte at = ref MemoryMarshal.GetReference(bytes);
        ulong seed = Seed;
        ulong a;
        ulong b;
        if (length <= 16)
        {
            if (length >= 8)
            {
                a = Unsafe.ReadUnaligned<ulong>(ref at);
                b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, length - 8));
            }
            else if (length >= 4)
            {
                a = Unsafe.ReadUnaligned<uint>(ref at);
                b = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, length - 4));
            }
            else
            {
                a = length == 0 ? 0 : ((ulong)at << 16) | ((ulong)Unsafe.Add(ref at, length >> 1) << 8) | Unsafe.Add(ref at, length - 1);
                b = 0;
            }
        }
        else
        {
            int i = 0;
            for (; length - i > 16; i += 16)
            {
                seed = Mix(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, i)) ^ Step, Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, i + 8)) ^ seed);
            }

            a = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, length - 16));
            b = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, length - 8));
        }

        return Mix(Step ^ (ulong)length, Mix(a ^ Step, b ^ seed));
    }

    /// <summary>Ids of up to this many characters are narrowed to ASCII bytes on the stack.</summary>
    private const int MaxNarrowed = 128;

    private const ulong Seed = 0xA0761D6478BD642FUL;
    private const ulong Step = 0xE7037ED1A0B428DBUL;

    /// <summary>wyhash's mixing step: the two halves of the 128-bit product, XORed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong a, ulong b)
    {
        ulong high = Math.BigMul(a, b, out ulong low);
        return high ^ low;
    }

    /// <summary>The blocks as segments: those filled, then the one being filled.</summary>
    private List<ArraySegment<ulong>> Segments() => [.. _filled, new ArraySegment<ulong>(_block, 0, _used)];

    private void Keep(ArraySegment<ulong> block)
    {
        _filled.Add(block);
        _filledCount += block.Count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow()
    {
        if (_block.Length == BlockSize)
        {
            Keep(_block);
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
