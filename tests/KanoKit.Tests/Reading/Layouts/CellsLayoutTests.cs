using System.Text;
using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Tests.Reading.Layouts;

public class CellsLayoutTests
{
    [Fact]
    public void Counted_cells_do_not_know_the_respondents_so_the_report_says_null()
    {
        var data = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("feature,functional,dysfunctional,count\nwifi,1,5,10\nwifi,1,5,2\nwifi,,5,3\n")), "cells.csv");

        Assert.Equal(SurveyLayout.Cells, data.Layout);
        Assert.Null(data.Respondents);
        Assert.Equal(12, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(3, data.Tallies.Features[0].Tally.Missing);
        var report = data.Tallies.Analyze();
        Assert.Null(report.Respondents);
        Assert.Contains("\"respondents\": null", KanoJson.Serialize(report));
    }
}
