using KanoKit.Analysis;
using KanoKit.Tallies;
using KanoKit.Writing;

namespace KanoKit.Tests.Writing;

public class ReportTableTests
{
    private static string Write(params FeatureCounts[] features)
    {
        var writer = new StringWriter();
        ReportTable.Write(KanoAnalysis.Analyze(features), writer);
        return writer.ToString();
    }

    [Fact]
    public void A_worse_of_zero_prints_as_0_000_never_minus_zero()
    {
        string table = Write(new FeatureCounts("attractive only", new CategoryCounts(5, 0, 0, 5, 0, 0)));
        Assert.Contains(" 0.000", table);
        Assert.DoesNotContain("-0.000", table);
    }

    [Fact]
    public void Undefined_values_print_as_a_dash()
    {
        string table = Write(new FeatureCounts("nobody", new CategoryCounts(0, 0, 0, 0, 0, 0)));
        Assert.Contains("–", table.Split('\n')[1]);
    }

    [Fact]
    public void The_footer_states_the_settings_and_the_tie_band_as_a_fraction()
    {
        var writer = new StringWriter();
        var options = KanoOptions.Default with { TieRule = KanoKit.Statistics.TieRule.Band(0.06) };
        ReportTable.Write(KanoAnalysis.Analyze([new FeatureCounts("x", new CategoryCounts(41, 10, 5, 42, 1, 1))], options), writer);
        Assert.Contains("1 features; table standard; ties within 0.06 of the top share", writer.ToString());
        Assert.Contains("Attractive*", writer.ToString());
    }
}
