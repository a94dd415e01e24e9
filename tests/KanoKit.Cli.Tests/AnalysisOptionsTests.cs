using System.Text.Json;

namespace KanoKit.Cli.Tests;

/// <summary>The analysis options of <c>analyze</c> (and <c>plot</c>): intervals, bootstrap, category rules, Q-rate flag and exclusions.</summary>
public class AnalysisOptionsTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    [Theory]
    [InlineData(new[] { "--intervals", "boot" }, "--intervals: 'boot' is not one of the choices (expected wilson, exact or bootstrap)")]
    [InlineData(new[] { "--category-rule", "best" }, "--category-rule: 'best' is not one of the choices (expected plurality, band, grouped or evidence)")]
    [InlineData(new[] { "--resamples", "0" }, "--resamples: 0 is out of range (expected a number of resamples from 1 to 10000000, e.g. 2000)")]
    [InlineData(new[] { "--resamples", "many" }, "--resamples: 'many' is not a whole number (expected a number of resamples from 1 to 10000000, e.g. 2000)")]
    [InlineData(new[] { "--seed", "-1" }, "--seed: '-1' is not a seed (expected a whole number from 0 to 18446744073709551615)")]
    [InlineData(new[] { "--seed", "lucky" }, "--seed: 'lucky' is not a seed (expected a whole number from 0 to 18446744073709551615)")]
    [InlineData(new[] { "--stability-threshold", "0" }, "--stability-threshold: 0 is out of range (expected a fraction in (0, 1], e.g. 0.95)")]
    [InlineData(new[] { "--q-flag", "10" }, "--q-flag: 10 is out of range (expected a fraction between 0 and 1, e.g. 0.1)")]
    [InlineData(new[] { "--confidence", "high" }, "--confidence: 'high' is not a number (expected a confidence level between 0.5 and 0.999999, e.g. 0.95)")]
    [InlineData(new[] { "--category-rule", "band" }, "--category-rule: band needs the band's width (expected --tie-band <fraction>, e.g. --tie-band 0.06)")]
    [InlineData(new[] { "--exclude", "q-rate>30" }, "--exclude: 'q-rate>30': a rate is a fraction between 0 and 1, not 30 (percentages are written as fractions: 0.3, not 30).")]
    [InlineData(new[] { "--exclude", "speed<3" }, "--exclude: 'speed<3' is not an exclusion rule (expected q-rate>x, r-rate>x, missing-rate>x, straight-line, seconds<x or min-seconds=x).")]
    [InlineData(new[] { "--exclude", "seconds<60" }, "--exclude: a seconds<x rule needs the completion-time column (expected --seconds-column <column>)")]
    public void A_wrong_value_is_a_usage_error_naming_the_option_and_what_it_accepts(string[] options, string message)
    {
        foreach (string command in (string[])["analyze", "plot"])
        {
            string[] args = command == "plot" ? ["plot", Sample, "-o", "x.svg", .. options] : ["analyze", Sample, .. options];
            var result = CliRunner.Run(args);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal($"kanokit: {message}", result.ErrorLines[0]);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains("Usage:", result.Error);
        }
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_json_and_another_seed_other_bounds()
    {
        string[] args = ["analyze", Sample, "--segment", "plan", "--intervals", "bootstrap", "--resamples", "300", "--format", "json"];
        var first = CliRunner.Run([.. args, "--seed", "42"]);
        var again = CliRunner.Run([.. args, "--seed", "42"]);
        var other = CliRunner.Run([.. args, "--seed", "43"]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, again.Output);
        Assert.NotEqual(first.Output, other.Output);
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(other.Output);
        var settings = a.RootElement.GetProperty("settings");
        Assert.Equal("Bootstrap", settings.GetProperty("intervalMethod").GetString());
        Assert.Equal(300, settings.GetProperty("resamples").GetInt32());
        Assert.Equal(42UL, settings.GetProperty("seed").GetUInt64());
        Assert.Equal(43UL, b.RootElement.GetProperty("settings").GetProperty("seed").GetUInt64());
        static string Bounds(JsonDocument d) => string.Join(";", d.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("intervals").GetProperty("better").ToString()));
        Assert.NotEqual(Bounds(a), Bounds(b));
        Assert.True(a.RootElement.GetProperty("features")[0].TryGetProperty("stability", out _));
    }

    [Fact]
    public void Default_json_has_none_of_the_new_fields()
    {
        var result = CliRunner.Run("analyze", Sample, "--format", "json");
        foreach (string field in (string[])["stability", "categories", "seed", "resamples", "categoryRule", "questionableFlag", "exclusions", "stabilityThreshold"])
        {
            Assert.DoesNotContain($"\"{field}\"", result.Output);
        }
    }

    [Fact]
    public void Exact_intervals_are_clopper_pearson()
    {
        var result = CliRunner.Run("analyze", Sample, "--intervals", "exact", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"intervalMethod\": \"ClopperPearson\"", result.Output);
    }

    [Fact]
    public void The_grouped_rule_takes_the_AOM_group_first()
    {
        // Matzler & Hinterhuber (1998): A + O + M = 85 > I + R + Q = 65, so the largest of M, O, A (A), where plurality says I.
        using var counts = TempFile.WithText("feature,A,O,M,I,R,Q\nx,50,20,15,60,5,0\n");
        var grouped = CliRunner.Run("analyze", counts.Path, "--category-rule", "grouped", "--format", "json");
        var plurality = CliRunner.Run("analyze", counts.Path, "--format", "json");

        Assert.Equal(0, grouped.ExitCode);
        using var document = JsonDocument.Parse(grouped.Output);
        Assert.Equal("grouped", document.RootElement.GetProperty("settings").GetProperty("categoryRule").GetString());
        Assert.Equal("Attractive", document.RootElement.GetProperty("features")[0].GetProperty("category").GetString());
        Assert.Contains("\"category\": \"Indifferent\"", plurality.Output);
        Assert.Contains("category rule grouped", CliRunner.Run("analyze", counts.Path, "--category-rule", "grouped").Output);
    }

    [Fact]
    public void The_evidence_rule_prints_mixed_results_and_the_stability_column()
    {
        var result = CliRunner.Run("analyze", Sample, "--intervals", "bootstrap", "--resamples", "400", "--category-rule", "evidence");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Output.Split('\n');
        Assert.Contains(" stability", lines[0]);
        Assert.Contains(lines.Skip(1).Take(12), l => l.Contains('/', StringComparison.Ordinal));
        Assert.Contains("  M/O ", result.Output);
        Assert.Contains("  Stability ", result.Output);
        Assert.Contains("re-drawn at random 400 times", result.Output);
    }

    [Fact]
    public void The_band_rule_uses_the_tie_band()
    {
        using var counts = TempFile.WithText("feature,A,O,M,I,R,Q\nx,41,10,5,42,1,1\n");
        var band = CliRunner.Run("analyze", counts.Path, "--category-rule", "band", "--tie-band", "0.06", "--format", "json");
        Assert.Contains("\"category\": \"Attractive\"", band.Output);
        Assert.Contains("\"categoryRule\": \"band\"", band.Output);
    }

    [Fact]
    public void Exclusions_are_counted_and_left_out_of_every_tally()
    {
        // r1 straight-lines (Like, Dislike) = O; r2 answers questionably (Like, Like) and (Dislike, Dislike) = Q, Q; r3 and r4 are clean.
        using var file = TempFile.WithText(
            "respondent,plan,a_functional,a_dysfunctional,b_functional,b_dysfunctional\n"
            + "r1,x,1,5,1,5\nr2,y,1,1,5,5\nr3,x,1,3,3,5\nr4,y,3,3,1,3\n");
        var result = CliRunner.Run("analyze", file.Path, "--segment", "plan", "--exclude", "q-rate>0.5", "--exclude", "straight-line", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        var exclusions = root.GetProperty("exclusions");
        Assert.Equal(4, exclusions.GetProperty("screened").GetInt32());
        Assert.Equal(2, exclusions.GetProperty("excluded").GetInt32());
        Assert.Equal("q-rate>0.5:1,straight-line:1", string.Join(",", exclusions.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("rule").GetString()}:{r.GetProperty("count").GetInt32()}")));
        Assert.Equal(2, root.GetProperty("respondents").GetInt32());
        Assert.Equal(2, root.GetProperty("features")[0].GetProperty("n").GetInt32());
        Assert.Equal(0, root.GetProperty("features")[0].GetProperty("counts").GetProperty("Q").GetInt32());
        Assert.All(root.GetProperty("segments").EnumerateArray(), s => Assert.Equal(1, s.GetProperty("respondents").GetInt32()));
        Assert.Equal(0.1, root.GetProperty("settings").GetProperty("questionableFlag").GetDouble());

        var table = CliRunner.Run("analyze", file.Path, "--exclude", "q-rate>0.5", "--exclude", "straight-line");
        Assert.Contains("Excluded 2 of 4 respondents before tallying: q-rate>0.5 1, straight-line 1", table.Output);
    }

    [Fact]
    public void Excluding_nobody_changes_no_number()
    {
        var plain = CliRunner.Run("analyze", Sample, "--segment", "plan", "--q-flag", "0.1", "--format", "json");
        var screened = CliRunner.Run("analyze", Sample, "--segment", "plan", "--exclude", "missing-rate>1", "--format", "json");
        using var document = JsonDocument.Parse(screened.Output);
        Assert.Equal(0, document.RootElement.GetProperty("exclusions").GetProperty("excluded").GetInt32());
        int at = screened.Output.IndexOf(",\n  \"exclusions\"", StringComparison.Ordinal);
        Assert.Equal(plain.Output.TrimEnd(), screened.Output[..at] + "\n}");
    }

    [Fact]
    public void A_time_rule_reads_the_seconds_column()
    {
        using var file = TempFile.WithText(
            "respondent,duration,a_functional,a_dysfunctional,b_functional,b_dysfunctional\n"
            + "r1,30,1,5,1,3\nr2,400,1,3,5,5\nr3,,1,3,3,5\n");
        var result = CliRunner.Run("analyze", file.Path, "--exclude", "seconds<60", "--seconds-column", "duration", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"rule\": \"seconds\\u003C60\"", result.Output);
        Assert.Contains("\"respondents\": 2", result.Output);

        var missing = CliRunner.Run("analyze", file.Path, "--exclude", "seconds<60", "--seconds-column", "time");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("has no column 'time'", missing.Error);
    }

    [Fact]
    public void Exclusions_need_respondent_level_input()
    {
        using var counts = TempFile.WithText("feature,A,O,M,I,R,Q\nx,41,10,5,42,1,1\n");
        var result = CliRunner.Run("analyze", counts.Path, "--exclude", "straight-line");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal($"{counts.Path}:1:1: --exclude needs each respondent's answers, but this input holds only counts (counts layout, tallies or a database count) (expected a wide or long survey file)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void The_q_flag_marks_features_in_the_table_by_default_and_in_json_when_asked()
    {
        using var file = TempFile.WithText("respondent,a_functional,a_dysfunctional\nr1,1,1\nr2,1,5\nr3,1,3\nr4,3,5\n");
        var table = CliRunner.Run("analyze", file.Path);
        Assert.Contains("25.0!", table.Output);
        Assert.DoesNotContain("questionableFlag", CliRunner.Run("analyze", file.Path, "--format", "json").Output);
        Assert.Contains("\"questionableFlag\": true", CliRunner.Run("analyze", file.Path, "--format", "json", "--q-flag", "0.2").Output);
        Assert.Contains("\"questionableFlag\": false", CliRunner.Run("analyze", file.Path, "--format", "json", "--q-flag", "0.3").Output);
    }

    [Fact]
    public void Plot_takes_the_analysis_options_and_names_bootstrap_whiskers()
    {
        string path = Path.Combine(Path.GetTempPath(), $"kanokit-{Guid.NewGuid():N}.svg");
        try
        {
            var result = CliRunner.Run("plot", Sample, "-o", path, "--intervals", "bootstrap", "--resamples", "200", "--seed", "5");
            Assert.Equal(0, result.ExitCode);
            Assert.True(new FileInfo(path).Length > 0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
