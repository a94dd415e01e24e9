namespace KanoKit.Statistics;

/// <summary>
/// How stable the dominant category is under resampling: the share of bootstrap resamples in which the observed
/// dominant category is dominant again, and the category that most often replaces it.
/// </summary>
/// <param name="Category">The observed dominant category.</param>
/// <param name="Share">The fraction of resamples in which <paramref name="Category"/> is dominant, in [0, 1].</param>
/// <param name="RunnerUp">
/// The category dominant in the most of the other resamples (ties by M &gt; O &gt; A &gt; I &gt; R &gt; Q);
/// <see langword="null"/> when the observed category won every resample.
/// </param>
/// <param name="RunnerUpShare">The fraction of resamples <paramref name="RunnerUp"/> won; <see langword="null"/> with no runner-up.</param>
public readonly record struct CategoryStability(KanoCategory Category, double Share, KanoCategory? RunnerUp, double? RunnerUpShare);
