namespace KanoKit.Statistics;

/// <summary>
/// The dominant category of six counts in storage order A, O, M, I, R, Q, by the same rule and the same arithmetic
/// as <see cref="Dominance.Find"/> (categories within the band of the top count tie, the first in
/// M &gt; O &gt; A &gt; I &gt; R &gt; Q wins), but over a span and allocation-free, for use once per resample.
/// </summary>
internal static class Plurality
{
    /// <summary>Category indexes (A = 0 … Q = 5) in priority order M, O, A, I, R, Q.</summary>
    public static ReadOnlySpan<byte> Priority => [2, 1, 0, 3, 4, 5];

    /// <summary>The dominant category and whether another tied with it; the counts must not all be zero.</summary>
    /// <param name="counts">Six counts A, O, M, I, R, Q.</param>
    /// <param name="bandPercentagePoints">The tie band in percentage points (0 for exact ties).</param>
    public static (KanoCategory Category, bool Tie) Find(ReadOnlySpan<long> counts, double bandPercentagePoints)
    {
        long total = 0;
        long top = 0;
        for (int k = 0; k < 6; k++)
        {
            total += counts[k];
            top = Math.Max(top, counts[k]);
        }

        double band = bandPercentagePoints * total;
        int chosen = -1;
        int tied = 0;
        foreach (byte k in Priority)
        {
            if ((top - counts[k]) * 100.0 <= band)
            {
                if (chosen < 0)
                {
                    chosen = k;
                }

                tied++;
            }
        }

        return ((KanoCategory)chosen, tied > 1);
    }
}
