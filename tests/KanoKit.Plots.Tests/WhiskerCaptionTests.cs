using KanoKit.Analysis;
using KanoKit.Reading;
using KanoKit.Statistics;

namespace KanoKit.Plots.Tests;

/// <summary>The Better–Worse caption names the interval method the whiskers show.</summary>
public class WhiskerCaptionTests
{
    [Theory]
    [InlineData(IntervalMethod.Wilson, "Whiskers: 95 % Wilson intervals.")]
    [InlineData(IntervalMethod.ClopperPearson, "Whiskers: 95 % Clopper–Pearson intervals.")]
    [InlineData(IntervalMethod.Bootstrap, "Whiskers: 95 % percentile bootstrap intervals (300 multinomial resamples, seed 9).")]
    public void The_caption_names_the_whiskers(IntervalMethod method, string expected)
    {
        var data = SurveyFile.Read(Path.Combine(Sample.RepositoryRoot(), "samples", "data", "banking-app.csv"));
        var report = data.Tallies.Analyze(KanoOptions.Default with { IntervalMethod = method, Resamples = 300, Seed = 9 });
        Assert.Contains(expected, KanoCharts.BetterWorse(report).Caption);
    }
}
