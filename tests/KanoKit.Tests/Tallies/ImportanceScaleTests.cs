using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Tallies;

namespace KanoKit.Tests.Tallies;

/// <summary>Issue 9: the importance scale's range travels with the mean, and merges exactly.</summary>
public sealed class ImportanceScaleTests
{
    private static SurveyData Read(string text) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", new SurveyReadOptions { Mode = ReadMode.Strict });

    [Fact]
    public void No_answer_has_no_scale() =>
        Assert.Equal((null, null), (default(ImportanceMoments).ScaleMin, default(ImportanceMoments).ScaleMax));

    [Property]
    public bool Bare_numbers_give_the_range_of_the_numbers_seen(NonEmptyArray<int> values)
    {
        var moments = values.Get.Aggregate(default(ImportanceMoments), (m, v) => m.Add(v));
        return moments.ScaleMin == values.Get.Min() && moments.ScaleMax == values.Get.Max();
    }

    [Property]
    public bool Merging_two_batches_equals_reading_them_in_one(int[] left, int[] right, bool verbal)
    {
        ImportanceMoments Fold(IEnumerable<int> values) =>
            values.Aggregate(default(ImportanceMoments), (m, v) => verbal ? m.Add(v % 5, 1, 5) : m.Add(v));

        var merged = Fold(left) + Fold(right);
        var whole = Fold(left.Concat(right));
        return merged.ScaleMin == whole.ScaleMin && merged.ScaleMax == whole.ScaleMax && merged.Count == whole.Count;
    }

    [Fact]
    public void A_verbal_label_states_its_whole_scale_even_when_the_ends_are_not_chosen()
    {
        // "Very important" (4 on Qualtrics' five-point scale) and "Moderately important" (3) and "Slightly important" (2)
        // with "Not at all important" and "Extremely important" used elsewhere in the column: the five-point scale.
        var data = Read("id,wifi_functional,wifi_dysfunctional,wifi_importance\n1,1,5,Very important\n2,2,4,Very important\n3,2,4,Not at all important\n4,2,4,Slightly important\n5,2,4,Moderately important\n6,2,4,Extremely important\n");

        var summary = data.Tallies.Analyze()["wifi"].Importance!;
        Assert.Equal(((4 + 4 + 1 + 2 + 3 + 5) / 6.0, 1.0, 5.0), (summary.Mean!.Value, summary.ScaleMin!.Value, summary.ScaleMax!.Value));
    }

    [Fact]
    public void Numbers_beyond_five_show_the_mean_is_not_on_one_to_five()
    {
        // An end-labelled 1–9 scale: the label "Not at all important" is 1 there, and the numbers show the range is 1–9.
        var data = Read("id,wifi_functional,wifi_dysfunctional,wifi_importance\n1,1,5,9\n2,2,4,Not at all important\n3,2,4,6\n");

        var summary = data.Tallies.Analyze()["wifi"].Importance!;
        Assert.Equal((16 / 3.0, 1.0, 9.0), (summary.Mean!.Value, summary.ScaleMin!.Value, summary.ScaleMax!.Value));
    }

    [Fact]
    public void Segments_keep_their_own_range_and_the_overall_range_holds_them_all()
    {
        var data = SurveyFile.Read(
            new MemoryStream(Encoding.UTF8.GetBytes("id,plan,wifi_functional,wifi_dysfunctional,wifi_importance\n1,a,1,5,2\n2,b,2,4,7\n3,a,2,4,3\n")),
            "x.csv",
            new SurveyReadOptions { Mode = ReadMode.Strict, Segments = ["plan"] });

        var overall = data.Tallies.Features[0].Importance;
        Assert.Equal((2.0, 7.0), (overall.ScaleMin!.Value, overall.ScaleMax!.Value));
        var a = data.Tallies.Segments.Single(s => s.Value == "a").Tallies[0].Importance;
        Assert.Equal((2.0, 3.0), (a.ScaleMin!.Value, a.ScaleMax!.Value));
    }
}
