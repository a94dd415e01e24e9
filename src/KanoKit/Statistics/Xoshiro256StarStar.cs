using System.Numerics;

namespace KanoKit.Statistics;

/// <summary>
/// The xoshiro256** pseudo-random generator (Blackman &amp; Vigna 2021, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 47(4)), seeded with SplitMix64 (Steele, Lea &amp; Flood 2014) as its authors recommend.
/// </summary>
/// <remarks>
/// Owned by KanoKit so that a seed gives the same stream on every runtime and machine: only 64-bit integer
/// arithmetic, no dependence on <see cref="Random"/>'s unspecified algorithm. A mutable struct: pass it by
/// <see langword="ref"/>.
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the four state words with four SplitMix64 outputs of <paramref name="seed"/>; never all zero.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>A generator with the given raw state (for reference-vector tests); not all zero.</summary>
    internal static Xoshiro256StarStar FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.");
        }

        return new Xoshiro256StarStar { _s0 = s0, _s1 = s1, _s2 = s2, _s3 = s3 };
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in the open interval (0, 1): ((x &gt;&gt; 11) + ½) · 2⁻⁵³, never 0 or 1.</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * (1.0 / (1UL << 53));

    /// <summary>
    /// A uniform integer in [0, <paramref name="bound"/>) by Lemire's (2019) multiply-and-reject method, exact for every bound.
    /// </summary>
    public ulong NextBelow(ulong bound)
    {
        ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
        if (low < bound)
        {
            ulong threshold = (0 - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return high;
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
