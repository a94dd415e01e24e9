namespace KanoKit.Tallies;

/// <summary>
/// Running moments of self-stated importance answers (any numeric scale, usually 1–9): count, sum and sum of
/// squares, and the range of the scale the answers were given on. They add like tallies, so batches and segments
/// combine exactly (the range of two batches is the smallest range holding both).
/// </summary>
/// <param name="Count">Importance answers given.</param>
/// <param name="Sum">Their sum.</param>
/// <param name="SumOfSquares">The sum of their squares.</param>
public readonly record struct ImportanceMoments(long Count, double Sum, double SumOfSquares)
{
    /// <summary>
    /// The lowest point of the scale seen: the first point of a verbal scale whose label was given ("Very important"
    /// on the five-point scale: 1), or the smallest number given; <see langword="null"/> with no answer.
    /// </summary>
    public double? ScaleMin { get; init; }

    /// <summary>
    /// The highest point of the scale seen: the last point of a verbal scale whose label was given ("Very important"
    /// on the five-point scale: 5), or the largest number given; <see langword="null"/> with no answer.
    /// </summary>
    public double? ScaleMax { get; init; }

    /// <summary>The moments with one more answer, a bare number: the scale's range is widened to hold it.</summary>
    public ImportanceMoments Add(double value) => Add(value, value, value);

    /// <summary>
    /// The moments with one more answer <paramref name="value"/> on a scale from <paramref name="scaleMin"/> to
    /// <paramref name="scaleMax"/> (a verbal label's scale; for a bare number, the number itself as both ends).
    /// </summary>
    public ImportanceMoments Add(double value, double scaleMin, double scaleMax) =>
        new(Count + 1, Sum + value, SumOfSquares + (value * value))
        {
            ScaleMin = ScaleMin is { } min ? Math.Min(min, scaleMin) : scaleMin,
            ScaleMax = ScaleMax is { } max ? Math.Max(max, scaleMax) : scaleMax,
        };

    /// <summary>The moments of both batches; the scale's range is the smallest holding both ranges.</summary>
    public static ImportanceMoments operator +(ImportanceMoments left, ImportanceMoments right) =>
        new(left.Count + right.Count, left.Sum + right.Sum, left.SumOfSquares + right.SumOfSquares)
        {
            ScaleMin = Lower(left.ScaleMin, right.ScaleMin),
            ScaleMax = Upper(left.ScaleMax, right.ScaleMax),
        };

    /// <summary>The mean, or <see langword="null"/> with no answer.</summary>
    public double? Mean => Count == 0 ? null : Sum / Count;

    /// <summary>The sample (n − 1) standard deviation, or <see langword="null"/> with fewer than two answers.</summary>
    public double? StandardDeviation => Count < 2 ? null : Math.Sqrt(Math.Max(0, (SumOfSquares - (Sum * Sum / Count)) / (Count - 1)));

    private static double? Lower(double? a, double? b) => a is { } x ? (b is { } y ? Math.Min(x, y) : x) : b;

    private static double? Upper(double? a, double? b) => a is { } x ? (b is { } y ? Math.Max(x, y) : x) : b;
}
