using KanoKit.Answers;

namespace KanoKit.Tests.Answers;

/// <summary>Verbal answers and importance labels are matched without allocating per cell (a file of labels holds tens of millions).</summary>
public sealed class LabelAllocationTests
{
    [Fact]
    public void Matching_labels_allocates_nothing()
    {
        string[] cells = ["I like it", "  I EXPECT it! ", "Ist mir egal", "I can tolerate it", "我不喜欢", "Very important", "3 - Somewhat important", "Muy importante"];
        var scale = AnswerScale.Standard;
        foreach (string cell in cells)
        {
            // Warm up every path once (first use may build a table or promote a method), then measure.
            _ = scale.TryParse(cell, out _);
            _ = ImportanceText.TryParse(cell, false, out ImportanceRating _);
        }

        // 8,000 cells per round; allocating per cell would show in every round. The least of three rounds is taken, because
        // in a full parallel test run the runtime itself (tiering, a thread-pool hand-off) has been seen to allocate ~3 kB
        // on this thread once, inside a round.
        long least = long.MaxValue;
        int matched = 0;
        for (int round = 0; round < 3 && least > 0; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            matched = 0;
            for (int i = 0; i < 1000; i++)
            {
                foreach (string cell in cells)
                {
                    matched += scale.TryParse(cell, out _) ? 1 : 0;
                    matched += ImportanceText.TryParse(cell, false, out ImportanceRating _) ? 1 : 0;
                }
            }

            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
        Assert.Equal(1000 * 8, matched); // five answers and three ratings
    }
}
