namespace KanoKit.Statistics;

/// <summary>A Monte-Carlo p-value from tables simulated with the observed margins.</summary>
/// <param name="P">(1 + #{χ²_sim ≥ χ²_obs}) / (B + 1).</param>
/// <param name="AtLeastAsExtreme">#{χ²_sim ≥ χ²_obs}, with R's relative tolerance of 64 machine epsilons.</param>
/// <param name="Resamples">B, the number of simulated tables.</param>
/// <param name="Seed">The seed of the random stream.</param>
public readonly record struct MonteCarloPValue(double P, int AtLeastAsExtreme, int Resamples, ulong Seed)
{
    /// <summary>The Monte-Carlo standard error of <see cref="P"/>, sqrt(P (1 − P) / B).</summary>
    public double StandardError => Math.Sqrt(P * (1 - P) / Resamples);
}
