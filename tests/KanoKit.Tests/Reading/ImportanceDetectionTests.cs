using System.Text;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>
/// Issue 9: importance columns found by name and by content — "&lt;feature&gt; importance", a "How important …" matrix,
/// a <c>_imp</c> suffix, or an importance question right after a feature's pair — and shown by inspect.
/// </summary>
public sealed class ImportanceDetectionTests
{
    private static SurveyData Read(string text, ReadMode mode = ReadMode.Strict) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", new SurveyReadOptions { Mode = mode });

    [Theory]
    [InlineData("id,wifi_f,wifi_d,wifi_imp\n1,1,5,4\n2,2,4,6\n", "wifi_imp")]
    [InlineData("id,Dark mode [Functional],Dark mode [Dysfunctional],Dark mode [Importance]\n1,1,5,4\n2,2,4,6\n", "Dark mode [Importance]")]
    [InlineData("id,Dark mode (funktional),Dark mode (dysfunktional),Dark mode (Wichtigkeit)\n1,1,5,4\n2,2,4,6\n", "Dark mode (Wichtigkeit)")]
    [InlineData("id,wifi_fun,wifi_dys,wifi_importance\n1,1,5,4\n2,2,4,6\n", "wifi_importance")]
    [InlineData("id,\"How would you feel if the app had Dark mode?\",\"How would you feel if the app did not have Dark mode?\",\"How important is Dark mode to you?\"\n1,1,5,4\n2,2,4,6\n", "How important is Dark mode to you?")]
    [InlineData("id,\"¿Cómo se sentiría si la app tuviera Dark mode?\",\"¿Cómo se sentiría si la app no tuviera Dark mode?\",\"¿Qué tan importante es Dark mode?\"\n1,1,5,4\n2,2,4,6\n", "¿Qué tan importante es Dark mode?")]
    [InlineData("id,wifi_fun,wifi_dys,How important is this to you?\n1,1,5,4\n2,2,4,6\n", "How important is this to you?")]
    public void An_importance_column_is_found_by_its_name(string text, string column)
    {
        var data = Read(text);

        Assert.Equal(column, data.Plan.Features[0].Importance);
        Assert.Equal(5.0, data.Tallies.Features[0].Importance.Mean);
    }

    [Fact]
    public void An_importance_question_right_after_each_pair_belongs_to_that_pair()
    {
        // The same question after every pair (numbered apart, as pandas and spreadsheets do): each is its pair's. Its labels
        // alone fit several scales; all the file's importance columns together are on Qualtrics' five-point scale.
        var data = Read(
            "id,wifi_fun,wifi_dys,How important is this to you?,tv_fun,tv_dys,How important is this to you?.1\n"
            + "1,1,5,Very important,2,4,Not at all important\n2,1,5,Extremely important,2,4,Slightly important\n3,1,5,Moderately important,2,4,Very important\n");

        Assert.Equal(["How important is this to you?", "How important is this to you?.1"], data.Plan.Features.Select(f => f.Importance));
        Assert.Equal((4 + 5 + 3) / 3.0, data.Tallies.Features[0].Importance.Mean);
        Assert.Equal((1 + 2 + 4) / 3.0, data.Tallies.Features[1].Importance.Mean);
    }

    [Fact]
    public void A_column_named_as_the_feature_s_importance_whose_cells_are_not_ratings_is_reported_not_ignored()
    {
        var error = Assert.Throws<KanoDataException>(() => Read("id,Dark mode [Functional],Dark mode [Dysfunctional],Dark mode importance comment\n1,1,5,because I read at night\n"));

        Assert.Equal((2, 7), (error.Diagnostic.Line, error.Diagnostic.Column));
        Assert.Contains("'because I read at night' is not an importance rating in column 'Dark mode importance comment'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_after_a_pair_that_asks_for_importance_but_holds_no_rating_is_another_column()
    {
        var data = Read("id,wifi_fun,wifi_dys,Why is this important to you?\n1,1,5,because I work from home\n2,2,4,\n");

        Assert.Null(data.Plan.Features[0].Importance);
        Assert.Contains("Why is this important to you?", data.Plan.OtherColumns);
    }

    [Fact]
    public void A_Qualtrics_importance_matrix_with_seven_point_labels_reads_on_the_seven_point_scale()
    {
        // Qualtrics: Q12 (functional), Q13 (dysfunctional), Q14 "How important …" with Vagias' seven-point labels.
        string[] seven = ["Not at all important", "Low importance", "Slightly important", "Neutral", "Moderately important", "Very important", "Extremely important"];
        var text = new StringBuilder("ResponseId,Q12_1,Q12_2,Q13_1,Q13_2,Q14_1,Q14_2\n");
        text.Append("Response ID,How do you feel if you have this amenity? - Childcare,How do you feel if you have this amenity? - Gym,")
            .Append("How do you feel if you do not have this amenity? - Childcare,How do you feel if you do not have this amenity? - Gym,")
            .Append("How important is this amenity to you? - Childcare,How important is this amenity to you? - Gym\n");
        text.Append("{\"ImportId\":\"_recordId\"},{\"ImportId\":\"QID12_1\"},{\"ImportId\":\"QID12_2\"},{\"ImportId\":\"QID13_1\"},{\"ImportId\":\"QID13_2\"},{\"ImportId\":\"QID14_1\"},{\"ImportId\":\"QID14_2\"}\n");
        for (int r = 0; r < 7; r++)
        {
            text.Append($"R_{r},I like it,I expect it,I tolerate it,I dislike it,{seven[r]},{seven[6 - (r % 2)]}\n");
        }

        var data = Read(text.ToString());

        Assert.Equal(["Childcare", "Gym"], data.Tallies.Features.Select(f => f.Name));
        Assert.Equal(["Q14_1", "Q14_2"], data.Plan.Features.Select(f => f.Importance));
        Assert.Equal(4.0, data.Tallies.Features[0].Importance.Mean); // 1 … 7 once each
        Assert.Equal((7.0, 7.0), (data.Tallies.Features[0].Importance.ScaleMax!.Value, data.Tallies.Features[1].Importance.ScaleMax!.Value));
        Assert.Equal((4 * 7.0 + 3 * 6.0) / 7, data.Tallies.Features[1].Importance.Mean!.Value, 12);
        Assert.Contains("importance 'Q14_1'", data.Plan.Describe());
    }
}
