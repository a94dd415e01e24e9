using KanoKit.Surveys;

namespace KanoKit.Tests.Surveys;

public class ExclusionRuleTests
{
    [Theory]
    [InlineData("q-rate>0.3", ExclusionKind.QuestionableRate, 0.3, "q-rate>0.3")]
    [InlineData("  R-Rate > 0.25 ", ExclusionKind.ReverseRate, 0.25, "r-rate>0.25")]
    [InlineData("missing-rate>0", ExclusionKind.MissingRate, 0, "missing-rate>0")]
    [InlineData("straight-line", ExclusionKind.StraightLine, 0, "straight-line")]
    [InlineData("seconds<120", ExclusionKind.MinimumSeconds, 120, "seconds<120")]
    [InlineData("min-seconds=90.5", ExclusionKind.MinimumSeconds, 90.5, "seconds<90.5")]
    public void Parses_every_form_and_prints_it_back(string text, ExclusionKind kind, double threshold, string printed)
    {
        Assert.True(ExclusionRule.TryParse(text, out var rule, out string? error), error);
        Assert.Equal(kind, rule.Kind);
        Assert.Equal(threshold, rule.Threshold);
        Assert.Equal(printed, rule.ToString());
        Assert.Equal(rule, ExclusionRule.Parse(printed));
    }

    [Theory]
    [InlineData("q-rate<0.3", "'q-rate<0.3': q-rate is written q-rate>x (e.g. q-rate>0.3).")]
    [InlineData("q-rate>30", "'q-rate>30': a rate is a fraction between 0 and 1, not 30 (percentages are written as fractions: 0.3, not 30).")]
    [InlineData("q-rate>abc", "'q-rate>abc': 'abc' is not a number (expected e.g. q-rate>0.3).")]
    [InlineData("speeders", "'speeders' is not an exclusion rule (expected q-rate>x, r-rate>x, missing-rate>x, straight-line, seconds<x or min-seconds=x).")]
    [InlineData("seconds<-5", "'seconds<-5': a time is not negative.")]
    [InlineData("", "'' is not an exclusion rule (expected q-rate>x, r-rate>x, missing-rate>x, straight-line, seconds<x or min-seconds=x).")]
    public void Bad_text_gives_a_precise_error(string text, string message)
    {
        Assert.False(ExclusionRule.TryParse(text, out var rule, out string? error));
        Assert.Null(rule);
        Assert.Equal(message, error);
        Assert.Equal(message, Assert.Throws<FormatException>(() => ExclusionRule.Parse(text)).Message);
    }

    [Fact]
    public void Undefined_measures_never_exclude()
    {
        var nothingAnswered = new RespondentQuality(0, "r", 3, 0, 3, 0, 0, false, null);
        Assert.False(ExclusionRule.QuestionableRateAbove(0).Excludes(nothingAnswered));
        Assert.False(ExclusionRule.SecondsBelow(60).Excludes(nothingAnswered));
        Assert.True(ExclusionRule.MissingRateAbove(0.5).Excludes(nothingAnswered));
    }

    [Fact]
    public void Thresholds_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ExclusionRule.QuestionableRateAbove(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExclusionRule.SecondsBelow(double.NaN));
    }
}
