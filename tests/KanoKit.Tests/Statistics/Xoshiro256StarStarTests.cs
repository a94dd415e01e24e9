using KanoKit.Statistics;

namespace KanoKit.Tests.Statistics;

public class Xoshiro256StarStarTests
{
    [Fact]
    public void Matches_the_reference_implementation_from_state_1_2_3_4()
    {
        // Outputs of Blackman & Vigna's reference xoshiro256starstar.c (prng.di.unimi.it) from s = {1, 2, 3, 4};
        // the first three follow by hand from next(): rotl(s1 * 5, 7) * 9.
        var random = Xoshiro256StarStar.FromState(1, 2, 3, 4);
        Assert.Equal(11520UL, random.NextUInt64());
        Assert.Equal(0UL, random.NextUInt64());
        Assert.Equal(1509978240UL, random.NextUInt64());
        Assert.Equal(1215971899390074240UL, random.NextUInt64());
    }

    [Fact]
    public void The_same_seed_gives_the_same_stream_and_another_seed_another()
    {
        var first = new Xoshiro256StarStar(42);
        var second = new Xoshiro256StarStar(42);
        var other = new Xoshiro256StarStar(43);
        int differences = 0;
        for (int i = 0; i < 1000; i++)
        {
            ulong x = first.NextUInt64();
            Assert.Equal(x, second.NextUInt64());
            differences += x != other.NextUInt64() ? 1 : 0;
        }

        Assert.Equal(1000, differences);
    }

    [Fact]
    public void Open_doubles_are_strictly_inside_0_1_with_mean_one_half()
    {
        var random = new Xoshiro256StarStar(7);
        double sum = 0;
        const int draws = 200_000;
        for (int i = 0; i < draws; i++)
        {
            double u = random.NextOpenDouble();
            Assert.True(u > 0 && u < 1);
            sum += u;
        }

        // Standard error of the mean of U(0, 1): sqrt(1/12 / n) = 0.00065.
        Assert.InRange(sum / draws, 0.5 - 0.0026, 0.5 + 0.0026);
    }

    [Fact]
    public void Bounded_integers_are_uniform()
    {
        var random = new Xoshiro256StarStar(3);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[random.NextBelow(6)]++;
        }

        // Each count is Binomial(60000, 1/6): sd 91; 5 sd either side.
        Assert.All(counts, c => Assert.InRange(c, 10_000 - 456, 10_000 + 456));
    }

    [Fact]
    public void An_all_zero_state_is_refused() =>
        Assert.Throws<ArgumentException>(() => Xoshiro256StarStar.FromState(0, 0, 0, 0));
}
