namespace KanoKit.Cli.Tests;

/// <summary><c>kanokit plan</c>: respondents for a half-width or a difference, with the formula named.</summary>
public class PlanCommandTests
{
    [Fact]
    public void A_half_width_of_5_points_needs_385_respondents()
    {
        // Cochran (1977) §4.4: n = 1.96² · 0.25 / 0.05² = 384.2 → 385.
        var result = CliRunner.Run("plan", "--half-width", "0.05");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("respondents needed: 385\n", result.Output);
        Assert.Contains("n′ = ⌈z² p (1 − p) / E²⌉", result.Output);
        Assert.Contains("Cochran 1977", result.Output);
    }

    [Fact]
    public void The_signal_share_and_confidence_change_the_plan()
    {
        Assert.StartsWith("respondents needed: 482\n", CliRunner.Run("plan", "--half-width", "0.05", "--signal-share", "0.8").Output);
        // 99 %: z = 2.5758, 2.5758² · 0.25 / 0.05² = 663.5 → 664.
        Assert.StartsWith("respondents needed: 664\n", CliRunner.Run("plan", "--half-width", "0.05", "--confidence", "0.99").Output);
    }

    [Fact]
    public void A_difference_matches_Rs_power_prop_test()
    {
        // R ?power.prop.test: power.prop.test(p1 = .50, p2 = .75, power = .90) gives n = 76.7 per group.
        var result = CliRunner.Run("plan", "--difference", "0.5", "0.75", "--power", "0.9");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("respondents needed per segment: 77 (154 in two equal segments)\n", result.Output);
        Assert.Contains("= 76.71 → 77", result.Output);
        Assert.Contains("Fleiss, Levin & Paik 2003", result.Output);
        Assert.StartsWith("respondents needed per segment: 97 ", CliRunner.Run("plan", "--difference", "0.5", "0.75", "--power", "0.9", "--signal-share", "0.8").Output);
    }

    [Theory]
    [InlineData(new string[0], "Give exactly one of --half-width <E> and --difference <p1> <p2>.")]
    [InlineData(new[] { "--half-width", "0.05", "--difference", "0.3", "0.4" }, "Give exactly one of --half-width <E> and --difference <p1> <p2>.")]
    [InlineData(new[] { "--half-width", "0.7" }, "--half-width: 0.7 is out of range (expected a half-width in (0, 0.5], e.g. 0.05)")]
    [InlineData(new[] { "--half-width", "wide" }, "--half-width: 'wide' is not a number (expected a fraction between 0 and 1, e.g. 0.1)")]
    [InlineData(new[] { "--difference", "0.3" }, "--difference: give two proportions (expected e.g. --difference 0.30 0.45)")]
    [InlineData(new[] { "--difference", "0.3", "0.3" }, "--difference: 0.3 and 0.3 are equal (expected two different proportions: no sample size detects a zero difference)")]
    [InlineData(new[] { "--difference", "30", "45" }, "--difference: 30 45 are not both proportions (expected two fractions between 0 and 1, e.g. 0.30 0.45)")]
    [InlineData(new[] { "--difference", "0.3", "0.4", "--power", "1" }, "--power: 1 is out of range (expected a power between 0.5 and 0.9999, e.g. 0.8)")]
    public void Wrong_plans_are_usage_errors(string[] options, string message)
    {
        var result = CliRunner.Run(["plan", .. options]);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kanokit: {message}", result.ErrorLines[0]);
        Assert.Equal(string.Empty, result.Output);
    }
}
