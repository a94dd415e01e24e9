namespace KanoKit.Statistics;

/// <summary>Holm's (1979) step-down adjustment of p-values for multiple tests ("A simple sequentially rejective multiple test procedure", Scand. J. Statist. 6:65–70).</summary>
public static class Holm
{
    /// <summary>
    /// Adjusted p-values: with the m defined p-values sorted ascending, p₍ᵢ₎ → max over j ≤ i of min(1, (m − j + 1) p₍ⱼ₎),
    /// returned in the input order; rejecting every adjusted p ≤ α controls the family-wise error rate at α. Undefined
    /// (<see langword="null"/>) p-values stay undefined and do not count in m, as R's <c>p.adjust(p, "holm")</c>
    /// treats NA. Ties keep their input order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A p-value is outside [0, 1] or not a number.</exception>
    public static double?[] Adjust(IReadOnlyList<double?> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var defined = new List<int>(pValues.Count);
        for (int i = 0; i < pValues.Count; i++)
        {
            if (pValues[i] is { } p)
            {
                if (!(p >= 0 && p <= 1))
                {
                    throw new ArgumentOutOfRangeException(nameof(pValues), p, $"p-value {i} is not in [0, 1].");
                }

                defined.Add(i);
            }
        }

        int[] order = [.. defined.OrderBy(i => pValues[i]!.Value).ThenBy(i => i)];
        var adjusted = new double?[pValues.Count];
        int m = order.Length;
        double running = 0;
        for (int rank = 0; rank < m; rank++)
        {
            double value = Math.Min(1, (m - rank) * pValues[order[rank]]!.Value);
            running = Math.Max(running, value);
            adjusted[order[rank]] = running;
        }

        return adjusted;
    }
}
