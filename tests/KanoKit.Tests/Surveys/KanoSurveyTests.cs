using KanoKit.Surveys;

namespace KanoKit.Tests.Surveys;

public class KanoSurveyTests
{
    [Fact]
    public void The_survey_copies_the_callers_arrays()
    {
        Answer[] functional = [Answer.Like, Answer.Neutral];
        Answer[] dysfunctional = [Answer.Dislike, Answer.Dislike];
        string[] ids = ["a", "b"];
        var survey = KanoSurvey.Create(ids, [new SurveyFeature("wifi", functional, dysfunctional)]);

        functional[0] = Answer.Dislike;
        ids[0] = "changed";

        Assert.Equal(Answer.Like, survey.Features[0].Functional[0]);
        Assert.Equal("a", survey.Respondents[0]);
        Assert.Equal(1, survey.Tallies()[0].Tally[Answer.Like, Answer.Dislike]);
    }

    [Fact]
    public void Features_compare_by_content()
    {
        Assert.Equal(new SurveyFeature("wifi", new[] { Answer.Like }, new[] { Answer.Dislike }), new SurveyFeature("wifi", new[] { Answer.Like }, new[] { Answer.Dislike }));
        Assert.NotEqual(new SurveyFeature("wifi", new[] { Answer.Like }, new[] { Answer.Dislike }), new SurveyFeature("wifi", new[] { Answer.Like }, new[] { Answer.Neutral }));
    }

    [Fact]
    public void Null_or_mismatched_input_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a"], [null!]));
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a"], [new SurveyFeature(null!, new[] { Answer.Like }, new[] { Answer.Like })]));
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a", "b"], [new SurveyFeature("x", new[] { Answer.Like }, new[] { Answer.Like })]));
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a"], [new SurveyFeature("x", new[] { (Answer)9 }, new[] { Answer.Like })]));
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a"], [new SurveyFeature("x", new[] { Answer.Like }, new[] { Answer.Like }), new SurveyFeature("x", new[] { Answer.Like }, new[] { Answer.Like })]));
        Assert.Throws<ArgumentException>(() => KanoSurvey.Create(["a"], [], [new RespondentColumn("plan", new[] { "p", "q" })]));
    }
}
