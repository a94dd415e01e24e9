namespace KanoKit.Tallies;

/// <summary>
/// Running moments of self-stated importance answers (any numeric scale, usually 1–9): count, sum and sum of
/// squares. They add like tallies, so batches and segments combine exactly.
/// </summary>
/// <param name="Count">Importance answers given.</param>
/// <param name="Sum">Their sum.</param>
/// <param name="SumOfSquares">The sum of their squares.</param>
public readonly record struct ImportanceMoments(long Count, double Sum, double SumOfSquares)
{
    /// <summary>The moments with one more answer.</summary>
    public ImportanceMoments Add(double value) => new(Count + 1, Sum + value, SumOfSquares + (value * value));

    /// <summary>The moments of both batches.</summary>
    public static ImportanceMoments operator +(ImportanceMoments left, ImportanceMoments right) =>
        new(left.Count + right.Count, left.Sum + right.Sum, left.SumOfSquares + right.SumOfSquares);

    /// <summary>The mean, or <see langword="null"/> with no answer.</summary>
    public double? Mean => Count == 0 ? null : Sum / Count;

    /// <summary>The sample (n − 1) standard deviation, or <see langword="null"/> with fewer than two answers.</summary>
    public double? StandardDeviation => Count < 2 ? null : Math.Sqrt(Math.Max(0, (SumOfSquares - (Sum * Sum / Count)) / (Count - 1)));
}
