using System.Text;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading.Layouts;

public class WideLayoutTests
{
    private static SurveyData Read(string text, ReadMode mode = ReadMode.Strict, bool keep = false) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "wide.csv", new SurveyReadOptions { Mode = mode, KeepRespondents = keep });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_repeated_respondent_id_is_an_error_in_strict_mode_whether_or_not_respondents_are_kept(bool keep)
    {
        var error = Assert.Throws<KanoDataException>(() => Read("id,wifi_f,wifi_d\na,1,5\na,2,5\n", keep: keep));
        Assert.Equal(DiagnosticKind.BadRespondent, error.Kind);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.Contains("respondent 'a' appears twice", error.Message);
    }

    [Fact]
    public void A_repeated_respondent_id_is_rejected_and_reported_in_lenient_mode()
    {
        var data = Read("id,wifi_f,wifi_d,tv_f,tv_d\na,1,5,1,5\nb,2,5,2,5\na,2,5,3,3\n", ReadMode.Lenient);

        Assert.False(data.IsClean);
        Assert.Equal(1, data.DiagnosticCount(DiagnosticKind.BadRespondent));
        Assert.Equal(3, data.Respondents);
        Assert.All(data.Tallies.Features, t => Assert.Equal((2L, 0L, 1L), (t.Tally.Total, t.Tally.Missing, t.Rejected)));
    }

    [Fact]
    public void Ids_are_compared_exactly_after_trimming()
    {
        var data = Read("id,wifi_f,wifi_d\nA,1,5\na,1,5\n a ,2,5\n", ReadMode.Lenient);
        Assert.Equal(1, data.DiagnosticCount(DiagnosticKind.BadRespondent));
        Assert.Equal(2, data.Tallies.Features[0].Tally.Total);
    }
}
