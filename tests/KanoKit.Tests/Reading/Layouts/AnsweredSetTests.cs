using FsCheck.Xunit;
using KanoKit.Reading.Layouts;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>The answered set of a long-file feature behaves as a set, whichever representation it holds.</summary>
public class AnsweredSetTests
{
    [Property(MaxTest = 300)]
    public bool Add_is_true_exactly_for_respondents_not_added_before(ushort[] respondents, byte spread)
    {
        // Respondents are small ordinals (dense, bitmap) or spread apart (sparse, hash set), and mixes of both.
        var set = new AnsweredSet();
        var model = new HashSet<int>();
        foreach (ushort r in respondents ?? [])
        {
            int respondent = r * (1 + (spread % 200));
            if (set.Add(respondent) != model.Add(respondent))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void A_dense_feature_turns_sparse_when_a_far_respondent_arrives_and_keeps_its_members()
    {
        var set = new AnsweredSet();
        for (int r = 0; r < 100; r++)
        {
            Assert.True(set.Add(r));
        }

        Assert.True(set.Add(10_000_000));
        for (int r = 0; r < 100; r++)
        {
            Assert.False(set.Add(r));
        }

        Assert.False(set.Add(10_000_000));
        Assert.True(set.Add(100));
    }
}
