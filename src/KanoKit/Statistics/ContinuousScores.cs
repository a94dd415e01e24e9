namespace KanoKit.Statistics;

/// <summary>
/// DuMouchel's continuous Kano scores of one feature (DuMouchel 1993, in Berger et al. 1993): the mean and
/// sample standard deviation of the functional and of the dysfunctional scores over valid pairs.
/// </summary>
/// <param name="FunctionalMean">Mean functional score; <see langword="null"/> with no pair.</param>
/// <param name="FunctionalSd">Sample (n − 1) standard deviation; <see langword="null"/> with fewer than two pairs.</param>
/// <param name="DysfunctionalMean">Mean dysfunctional score; <see langword="null"/> with no pair.</param>
/// <param name="DysfunctionalSd">Sample (n − 1) standard deviation; <see langword="null"/> with fewer than two pairs.</param>
/// <param name="Category">
/// The quadrant at (x = dysfunctional mean, y = functional mean), split at 2 (a mean ≥ 2 is high): high/high → O,
/// functional only → A, dysfunctional only → M, neither → I. <see langword="null"/> with no pair.
/// </param>
public sealed record ContinuousScores(
    double? FunctionalMean,
    double? FunctionalSd,
    double? DysfunctionalMean,
    double? DysfunctionalSd,
    KanoCategory? Category)
{
    /// <summary>Functional scores of Like, Must-be, Neutral, Live-with, Dislike: 4, 2, 0, −1, −2.</summary>
    public static IReadOnlyList<double> FunctionalScores { get; } = [4, 2, 0, -1, -2];

    /// <summary>Dysfunctional scores of Like, Must-be, Neutral, Live-with, Dislike: −2, −1, 0, 2, 4.</summary>
    public static IReadOnlyList<double> DysfunctionalScores { get; } = [-2, -1, 0, 2, 4];

    /// <summary>The split between low and high means on both axes.</summary>
    public const double QuadrantSplit = 2;

    /// <summary>Computes the scores from a tally: each cell weighs its row's functional and its column's dysfunctional score.</summary>
    public static ContinuousScores From(PairTally tally)
    {
        long n = tally.Total;
        if (n == 0)
        {
            return new ContinuousScores(null, null, null, null, null);
        }

        Span<long> rows = stackalloc long[5];
        Span<long> columns = stackalloc long[5];
        for (int cell = 0; cell < PairTally.CellCount; cell++)
        {
            long count = tally.CellAt(cell);
            rows[(int)PairTally.FunctionalOf(cell) - 1] += count;
            columns[(int)PairTally.DysfunctionalOf(cell) - 1] += count;
        }

        (double functionalMean, double? functionalSd) = Moments(rows, FunctionalScores, n);
        (double dysfunctionalMean, double? dysfunctionalSd) = Moments(columns, DysfunctionalScores, n);
        var category = Satisfaction.QuadrantOf(functionalMean >= QuadrantSplit, dysfunctionalMean >= QuadrantSplit);
        return new ContinuousScores(functionalMean, functionalSd, dysfunctionalMean, dysfunctionalSd, category);
    }

    private static (double Mean, double? Sd) Moments(ReadOnlySpan<long> counts, IReadOnlyList<double> scores, long n)
    {
        double sum = 0;
        for (int answer = 0; answer < 5; answer++)
        {
            sum += counts[answer] * scores[answer];
        }

        double mean = sum / n;
        if (n < 2)
        {
            return (mean, null);
        }

        double squares = 0;
        for (int answer = 0; answer < 5; answer++)
        {
            double deviation = scores[answer] - mean;
            squares += counts[answer] * deviation * deviation;
        }

        return (mean, Math.Sqrt(squares / (n - 1)));
    }
}
