using KanoKit.Answers;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>The one precedence of read settings: an explicit option beats the definition file, which beats detection.</summary>
public class ReadPlanTests
{
    private static SurveyDefinition Definition(string json) => SurveyDefinition.Parse(json, "survey.json");

    [Fact]
    public void No_header_option_holds_when_the_definition_does_not_state_hasHeader()
    {
        // Before the plan, the definition's default (true) won and the first data row was taken for the header.
        var definition = Definition("""{ "features": [ { "name": "wifi", "functional": "#2", "dysfunctional": "#3" } ] }""");
        var data = SurveyFile.Read(new MemoryStream("a,1,5\nb,2,5\n"u8.ToArray()), "x.csv", new SurveyReadOptions { HasHeader = false, Definition = definition });

        Assert.False(data.Plan.HasHeader);
        Assert.Equal(2, data.Tallies.Features[0].Tally.Total);
        Assert.Equal(2, data.Respondents);
    }

    [Fact]
    public void An_explicit_option_beats_the_definition_which_beats_the_default()
    {
        var definition = Definition("""{ "hasHeader": false, "headerRows": 2, "delimiter": ";", "layout": "long", "scale": { "name": "reversed" }, "segments": ["plan"] }""");

        var fromDefinition = ReadPlan.Resolve(new SurveyReadOptions { Definition = definition });
        Assert.False(fromDefinition.HasHeader);
        Assert.Equal(2, fromDefinition.HeaderRows);
        Assert.Equal(';', fromDefinition.Delimiter);
        Assert.Equal(SurveyLayout.Long, fromDefinition.Layout);
        Assert.Same(AnswerScale.Reversed, fromDefinition.Scale);

        var explicitOptions = ReadPlan.Resolve(new SurveyReadOptions
        {
            Definition = definition, HasHeader = true, HeaderRows = 0, Delimiter = ',', Layout = SurveyLayout.Wide, Scale = AnswerScale.ZeroBased, Segments = ["age"],
        });
        Assert.True(explicitOptions.HasHeader);
        Assert.Equal(0, explicitOptions.HeaderRows);
        Assert.Equal(',', explicitOptions.Delimiter);
        Assert.Equal(SurveyLayout.Wide, explicitOptions.Layout);
        Assert.Same(AnswerScale.ZeroBased, explicitOptions.Scale);
        Assert.Equal(["age", "plan"], explicitOptions.Segments);

        var nothing = ReadPlan.Resolve(null);
        Assert.True(nothing.HasHeader);
        Assert.Null(nothing.HeaderRows);
        Assert.Null(nothing.Delimiter);
        Assert.Equal(SurveyLayout.Auto, nothing.Layout);
        Assert.Same(AnswerScale.Standard, nothing.Scale);
    }

    [Fact]
    public void The_read_result_carries_what_detection_found()
    {
        var data = SurveyFile.Read(new MemoryStream("id;wifi_f;wifi_d\nQuestion;How?;How not?\na;1;5\n"u8.ToArray()), "x.csv");

        Assert.Equal(SurveyLayout.Wide, data.Plan.Layout);
        Assert.Equal(';', data.Plan.Delimiter);
        Assert.Equal(1, data.Plan.HeaderRows);
        Assert.Equal("id", data.Plan.Respondent);
        Assert.Equal([new FeatureDefinition("wifi", "wifi_f", "wifi_d")], data.Plan.Features);
        string described = data.Plan.Describe();
        Assert.Contains("layout          wide", described);
        Assert.Contains("wifi: functional 'wifi_f', dysfunctional 'wifi_d'", described);
    }

    [Theory]
    [InlineData("")]
    [InlineData("::")]
    public void A_definition_built_in_code_with_an_impossible_delimiter_is_an_argument_error(string delimiter)
    {
        var options = new SurveyReadOptions { Definition = new SurveyDefinition { Delimiter = delimiter } };
        var error = Assert.Throws<ArgumentException>(() => ReadPlan.Resolve(options));
        Assert.Contains("delimiter", error.Message);
    }

    [Fact]
    public void A_definition_built_in_code_with_a_null_feature_is_an_argument_error()
    {
        var options = new SurveyReadOptions { Definition = new SurveyDefinition { Features = [null!] } };
        Assert.Throws<ArgumentException>(() => ReadPlan.Resolve(options));
    }
}
