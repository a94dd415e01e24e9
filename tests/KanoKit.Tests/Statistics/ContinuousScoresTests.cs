using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class ContinuousScoresTests
{
    [Fact]
    public void Worked_example_has_means_2_5_and_sd_sqrt_11_over_3()
    {
        // KANO-METHODS §7: (Like, Dislike), (Like, Neutral), (Neutral, Dislike), (Must-be, Live-with).
        var tally = PairTally.Count(
            [Answer.Like, Answer.Like, Answer.Neutral, Answer.MustBe],
            [Answer.Dislike, Answer.Neutral, Answer.Dislike, Answer.LiveWith]);

        var scores = ContinuousScores.From(tally);

        Assert.Equal(2.5, scores.FunctionalMean!.Value, 12);
        Assert.Equal(Math.Sqrt(11.0 / 3), scores.FunctionalSd!.Value, 12);
        Assert.Equal(1.9149, Math.Round(scores.FunctionalSd.Value, 4));
        Assert.Equal(2.5, scores.DysfunctionalMean!.Value, 12);
        Assert.Equal(Math.Sqrt(11.0 / 3), scores.DysfunctionalSd!.Value, 12);
        Assert.Equal(KanoCategory.OneDimensional, scores.Category);
    }

    [Fact]
    public void One_pair_has_a_mean_but_no_deviation()
    {
        var scores = ContinuousScores.From(PairTally.Count([Answer.Neutral], [Answer.Dislike]));
        Assert.Equal(0, scores.FunctionalMean);
        Assert.Null(scores.FunctionalSd);
        Assert.Equal(4, scores.DysfunctionalMean);
        Assert.Null(scores.DysfunctionalSd);
        Assert.Equal(KanoCategory.MustBe, scores.Category);
    }

    [Fact]
    public void No_pair_has_no_scores()
    {
        var scores = ContinuousScores.From(PairTally.Count([Answer.Missing], [Answer.Like]));
        Assert.Equal(new ContinuousScores(null, null, null, null, null), scores);
    }

    [Fact]
    public void Scores_follow_DuMouchel()
    {
        Assert.Equal([4.0, 2, 0, -1, -2], ContinuousScores.FunctionalScores);
        Assert.Equal([-2.0, -1, 0, 2, 4], ContinuousScores.DysfunctionalScores);
    }

    [Property(MaxTest = 50)]
    public Property Scores_equal_the_plain_mean_and_sample_sd_of_expanded_pairs() =>
        Prop.ForAll(Generators.Columns, columns =>
        {
            var functional = new List<double>();
            var dysfunctional = new List<double>();
            for (int i = 0; i < columns.Functional.Length; i++)
            {
                if (columns.Functional[i] != Answer.Missing && columns.Dysfunctional[i] != Answer.Missing)
                {
                    functional.Add(ContinuousScores.FunctionalScores[(int)columns.Functional[i] - 1]);
                    dysfunctional.Add(ContinuousScores.DysfunctionalScores[(int)columns.Dysfunctional[i] - 1]);
                }
            }

            var scores = ContinuousScores.From(PairTally.Count(columns.Functional, columns.Dysfunctional));
            if (functional.Count < 2)
            {
                return scores.FunctionalSd is null;
            }

            return Close(functional.Average(), scores.FunctionalMean!.Value)
                && Close(dysfunctional.Average(), scores.DysfunctionalMean!.Value)
                && Close(MathNet.Numerics.Statistics.Statistics.StandardDeviation(functional), scores.FunctionalSd!.Value)
                && Close(MathNet.Numerics.Statistics.Statistics.StandardDeviation(dysfunctional), scores.DysfunctionalSd!.Value);
        });

    private static bool Close(double expected, double actual) => Math.Abs(expected - actual) < 1e-9;
}
