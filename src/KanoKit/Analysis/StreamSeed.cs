namespace KanoKit.Analysis;

/// <summary>
/// The seed of one feature's random stream, derived from the analysis seed, the segment's position (0 = overall,
/// k = the k-th segment) and the feature's position, so every feature in every segment draws independently and the
/// same seed gives bit-identical results.
/// </summary>
internal static class StreamSeed
{
    /// <summary>
    /// SplitMix64's finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators")
    /// applied in turn to the seed, the segment and the feature: s ← mix(s ⊕ mix(segment + γ)), s ← mix(s ⊕ mix(feature + 2γ))
    /// with γ = 0x9E3779B97F4A7C15.
    /// </summary>
    public static ulong For(ulong seed, int segment, int feature)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(segment);
        ArgumentOutOfRangeException.ThrowIfNegative(feature);
        const ulong Gamma = 0x9E3779B97F4A7C15;
        const ulong Gamma2 = 0x3C6EF372FE94F82A; // 2γ mod 2⁶⁴
        ulong s = Mix(seed);
        s = Mix(s ^ Mix(unchecked((ulong)segment + Gamma)));
        return Mix(s ^ Mix(unchecked((ulong)feature + Gamma2)));
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
