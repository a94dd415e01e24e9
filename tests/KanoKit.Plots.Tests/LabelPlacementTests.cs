using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace KanoKit.Plots.Tests;

public class LabelPlacementTests
{
    [Property(MaxTest = 60)]
    public void Labels_never_overlap_each_other_and_stay_in_bounds(int seed, PositiveInt count)
    {
        var random = new Random(seed);
        int n = 1 + (count.Get % 45);
        var bounds = new Box(0, 0, 700, 560);
        // Clustered: every point within 120 px of one of three centres.
        var requests = Enumerable.Range(0, n).Select(i =>
        {
            double cx = 150 + (200 * (i % 3)), cy = 150 + (130 * (i % 3));
            return new LabelRequest(cx + (random.NextDouble() * 120) - 60, cy + (random.NextDouble() * 120) - 60, 5, 40 + random.Next(80), 13);
        }).ToArray();
        var placed = LabelPlacement.Place(requests, bounds);
        for (int i = 0; i < n; i++)
        {
            Assert.True(placed[i].Box.Inside(bounds));
            for (int j = i + 1; j < n; j++)
            {
                Assert.False(placed[i].Box.Overlaps(placed[j].Box));
            }
        }
    }

    [Fact]
    public void Placement_is_deterministic()
    {
        var requests = Enumerable.Range(0, 30).Select(i => new LabelRequest(300 + (i % 5), 300 + (i % 7), 5, 60, 13)).ToArray();
        Assert.Equal(LabelPlacement.Place(requests, new Box(0, 0, 800, 600)), LabelPlacement.Place(requests, new Box(0, 0, 800, 600)));
    }

    [Fact]
    public void A_lone_point_gets_its_label_beside_it_without_a_leader()
    {
        var placed = LabelPlacement.Place([new LabelRequest(100, 100, 5, 50, 12)], new Box(0, 0, 400, 400));
        Assert.False(placed[0].Leader);
        Assert.Equal(108, placed[0].Box.Left, 6);
        Assert.Equal(94, placed[0].Box.Top, 6);
    }
}
