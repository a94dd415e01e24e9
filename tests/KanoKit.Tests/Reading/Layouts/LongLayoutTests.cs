using System.Text;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading.Layouts;

public class LongLayoutTests
{
    private static SurveyData Lenient(string text) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "long.csv", new SurveyReadOptions { Mode = ReadMode.Lenient, Segments = ["plan"] });

    [Fact]
    public void A_damaged_row_counts_its_pair_as_rejected_for_its_own_respondent()
    {
        // r2's only row is ragged: r2 is a respondent whose wifi pair is rejected, and nobody's missing count goes negative.
        var data = Lenient("respondent,feature,functional,dysfunctional,plan\nr1,wifi,1,5,a\nr2,wifi,1,5\nr3,tv,2,5,b\n");

        Assert.Equal(3, data.Respondents);
        var wifi = data.Tallies.Features.Single(f => f.Name == "wifi");
        var tv = data.Tallies.Features.Single(f => f.Name == "tv");
        Assert.Equal((1L, 1L, 1L), (wifi.Tally.Total, wifi.Tally.Missing, wifi.Rejected));
        Assert.Equal((1L, 2L, 0L), (tv.Tally.Total, tv.Tally.Missing, tv.Rejected));
        foreach (var segment in data.Tallies.Segments)
        {
            Assert.All(segment.Tallies, t => Assert.Equal(segment.Respondents, t.Tally.Total + t.Tally.Missing + t.Rejected));
        }
    }

    [Fact]
    public void A_row_without_a_respondent_belongs_to_nobody_and_is_recorded_by_its_diagnostic()
    {
        var data = Lenient("respondent,feature,functional,dysfunctional,plan\nr1,wifi,1,5,a\n,wifi,1,5,a\n");

        Assert.Equal(1, data.Respondents);
        Assert.Equal(1, data.DiagnosticCount(DiagnosticKind.BadRespondent));
        Assert.Equal(1, data.Tallies.Features[0].Tally.Total + data.Tallies.Features[0].Tally.Missing + data.Tallies.Features[0].Rejected);
    }

    [Fact]
    public void Respondents_interleaved_or_grouped_give_the_same_tallies()
    {
        var grouped = Lenient("respondent,feature,functional,dysfunctional,plan\nr1,wifi,1,5,a\nr1,tv,2,5,a\nr2,wifi,3,3,b\nr2,tv,1,1,b\n");
        var interleaved = Lenient("respondent,feature,functional,dysfunctional,plan\nr1,wifi,1,5,a\nr2,wifi,3,3,b\nr1,tv,2,5,a\nr2,tv,1,1,b\n");
        Assert.Equal(grouped.Tallies, interleaved.Tallies);
    }
}
