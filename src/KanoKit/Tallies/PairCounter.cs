using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KanoKit.Tallies;

/// <summary>
/// Counts answer pairs into the 25 cells of a tally: one scalar reference loop and one vectorised loop
/// that must agree with it on every input.
/// </summary>
internal static class PairCounter
{
    /// <summary>Blocks per chunk: a byte lane counts at most 255 matches before it must be widened.</summary>
    private const int BlocksPerChunk = 255;

    private const byte MaxAnswer = (byte)Answer.Dislike;

    /// <summary>Adds the pairs to <paramref name="cells"/>, vectorised where the hardware allows.</summary>
    public static void Count(ReadOnlySpan<Answer> functional, ReadOnlySpan<Answer> dysfunctional, Span<long> cells)
    {
        RequireSameLength(functional, dysfunctional);
        ReadOnlySpan<byte> f = MemoryMarshal.AsBytes(functional);
        ReadOnlySpan<byte> d = MemoryMarshal.AsBytes(dysfunctional);
        int done = Vector.IsHardwareAccelerated ? CountBlocks(f, d, cells) : 0;
        CountScalar(f, d, cells, done);
    }

    /// <summary>Adds the pairs to <paramref name="cells"/> one at a time: the reference implementation.</summary>
    public static void CountScalar(ReadOnlySpan<Answer> functional, ReadOnlySpan<Answer> dysfunctional, Span<long> cells)
    {
        RequireSameLength(functional, dysfunctional);
        CountScalar(MemoryMarshal.AsBytes(functional), MemoryMarshal.AsBytes(dysfunctional), cells, 0);
    }

    private static void CountScalar(ReadOnlySpan<byte> f, ReadOnlySpan<byte> d, Span<long> cells, int start)
    {
        for (int k = start; k < f.Length; k++)
        {
            int fa = f[k];
            int da = d[k];
            if (fa > MaxAnswer || da > MaxAnswer)
            {
                throw NotAnAnswer(f, d, k);
            }

            if (fa != 0 && da != 0)
            {
                cells[PairTally.CellIndex(fa - 1, da - 1)]++;
            }
        }
    }

    /// <summary>
    /// Counts whole vector blocks and returns how many pairs it consumed. Each pair becomes the key
    /// <c>f &lt;&lt; 3 | d</c>; per chunk of up to 255 blocks the keys are stored once, then each functional row's five
    /// keys are counted with byte-lane compare-and-subtract accumulators, widened once per chunk.
    /// Keys with a missing side (f = 0 or d = 0) match no valid key.
    /// </summary>
    private static int CountBlocks(ReadOnlySpan<byte> f, ReadOnlySpan<byte> d, Span<long> cells)
    {
        int width = Vector<byte>.Count;
        int blocksLeft = f.Length / width;
        Span<byte> keys = stackalloc byte[BlocksPerChunk * width];
        ref byte fRef = ref MemoryMarshal.GetReference(f);
        ref byte dRef = ref MemoryMarshal.GetReference(d);
        ref byte keyRef = ref MemoryMarshal.GetReference(keys);
        var maxAnswer = new Vector<byte>(MaxAnswer);
        int offset = 0;

        while (blocksLeft > 0)
        {
            int blocks = Math.Min(BlocksPerChunk, blocksLeft);
            var max = Vector<byte>.Zero;
            for (int b = 0; b < blocks; b++)
            {
                nuint at = (nuint)(offset + (b * width));
                var fv = Vector.LoadUnsafe(ref fRef, at);
                var dv = Vector.LoadUnsafe(ref dRef, at);
                max = Vector.Max(max, Vector.Max(fv, dv));
                (Vector.ShiftLeft(fv, 3) | dv).StoreUnsafe(ref keyRef, (nuint)(b * width));
            }

            if (Vector.GreaterThanAny(max, maxAnswer))
            {
                throw NotAnAnswer(f, d, FirstNonAnswer(f, d, offset));
            }

            for (int row = 0; row < 5; row++)
            {
                CountRow(ref keyRef, blocks, row, cells);
            }

            offset += blocks * width;
            blocksLeft -= blocks;
        }

        return offset;
    }

    /// <summary>
    /// Counts the five cells of one functional answer (row) in one pass over the chunk's keys: five byte-lane
    /// accumulators and five key constants stay in registers, so each block costs one load, five compares and five
    /// subtractions. A lane gains at most one per block, and a chunk has at most 255 blocks, so no lane overflows.
    /// </summary>
    private static void CountRow(ref byte keyRef, int blocks, int row, Span<long> cells)
    {
        int width = Vector<byte>.Count;
        int rowKey = (row + 1) << 3;
        var like = new Vector<byte>((byte)(rowKey | (int)Answer.Like));
        var mustBe = new Vector<byte>((byte)(rowKey | (int)Answer.MustBe));
        var neutral = new Vector<byte>((byte)(rowKey | (int)Answer.Neutral));
        var liveWith = new Vector<byte>((byte)(rowKey | (int)Answer.LiveWith));
        var dislike = new Vector<byte>((byte)(rowKey | (int)Answer.Dislike));
        Vector<byte> likes = default, mustBes = default, neutrals = default, liveWiths = default, dislikes = default;
        nuint end = (nuint)(blocks * width);
        for (nuint at = 0; at < end; at += (nuint)width)
        {
            var key = Vector.LoadUnsafe(ref keyRef, at);
            likes -= Vector.Equals(key, like);
            mustBes -= Vector.Equals(key, mustBe);
            neutrals -= Vector.Equals(key, neutral);
            liveWiths -= Vector.Equals(key, liveWith);
            dislikes -= Vector.Equals(key, dislike);
        }

        int first = PairTally.CellIndex(row, 0);
        cells[first] += LaneSum(likes);
        cells[first + 1] += LaneSum(mustBes);
        cells[first + 2] += LaneSum(neutrals);
        cells[first + 3] += LaneSum(liveWiths);
        cells[first + 4] += LaneSum(dislikes);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long LaneSum(Vector<byte> counts)
    {
        Vector.Widen(counts, out Vector<ushort> low, out Vector<ushort> high);
        return Vector.Sum(low + high);
    }

    private static void RequireSameLength(ReadOnlySpan<Answer> functional, ReadOnlySpan<Answer> dysfunctional)
    {
        if (functional.Length != dysfunctional.Length)
        {
            throw new ArgumentException(
                $"The functional column has {functional.Length} answers but the dysfunctional column has {dysfunctional.Length}; pairs are formed position by position.",
                nameof(dysfunctional));
        }
    }

    private static int FirstNonAnswer(ReadOnlySpan<byte> f, ReadOnlySpan<byte> d, int start)
    {
        int k = start;
        while (f[k] <= MaxAnswer && d[k] <= MaxAnswer)
        {
            k++;
        }

        return k;
    }

    private static ArgumentException NotAnAnswer(ReadOnlySpan<byte> f, ReadOnlySpan<byte> d, int k)
    {
        bool functionalBad = f[k] > MaxAnswer;
        string column = functionalBad ? "functional" : "dysfunctional";
        byte value = functionalBad ? f[k] : d[k];
        return new ArgumentException(
            $"The {column} answer at position {k} is {value}, which is not an Answer (expected 0 = Missing or 1 = Like … 5 = Dislike).",
            column);
    }
}
