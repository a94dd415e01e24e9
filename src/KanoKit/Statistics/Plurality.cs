namespace KanoKit.Statistics;

/// <summary>
/// The dominant category of six counts in storage order A, O, M, I, R, Q: categories within the band of the top share
/// tie, the first in M &gt; O &gt; A &gt; I &gt; R &gt; Q wins. The one implementation of the rule, behind
/// <see cref="Dominance.Find"/>; over a span and allocation-free, so the bootstrap calls it once per resample.
/// </summary>
internal static class Plurality
{
    /// <summary>Category indexes (A = 0 … Q = 5) in priority order M, O, A, I, R, Q.</summary>
    public static ReadOnlySpan<byte> Priority => [2, 1, 0, 3, 4, 5];

    /// <summary>The dominant category and whether another tied with it; the counts must not all be zero.</summary>
    /// <param name="counts">Six counts A, O, M, I, R, Q.</param>
    /// <param name="width">The tie band as a fraction of the total (0 for exact ties).</param>
    public static (KanoCategory Category, bool Tie) Find(ReadOnlySpan<long> counts, double width)
    {
        long total = 0;
        long top = 0;
        for (int k = 0; k < 6; k++)
        {
            total += counts[k];
            top = Math.Max(top, counts[k]);
        }

        int chosen = -1;
        int tied = 0;
        foreach (byte k in Priority)
        {
            // (top − count) / total ≤ width, divided out so that a share written as a decimal (0.06 = 6/100) meets a
            // band written the same way exactly: both are the correctly rounded double of the same number.
            if ((double)(top - counts[k]) / total <= width)
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
