using System.Text.Json;
using KanoKit.Writing;

namespace KanoKit.Cli.Tests;

public class CompareCommandTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    [Fact]
    public void Segment_comparison_prints_a_table_per_feature_with_a_legend()
    {
        var result = CliRunner.Run("compare", Sample, "--segment", "plan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("Comparison of the values of 'plan', each against the rest of the sample: 12 features", result.Output, StringComparison.Ordinal);
        Assert.Contains("secure_login: χ² = ", result.Output, StringComparison.Ordinal);
        Assert.Contains("  plan ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Must-be", result.Output, StringComparison.Ordinal);
        Assert.Contains("vs rest", result.Output, StringComparison.Ordinal);
        Assert.Contains("Legend:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_json_has_every_feature_and_reads_back()
    {
        var result = CliRunner.Run("compare", Sample, "--segment", "plan", "--format", "json", "--holm", "--simulate", "500", "--seed", "3", "--intervals", "exact", "--confidence", "0.9");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal("kanokit/comparison/v1", root.GetProperty("schema").GetString());
        Assert.Equal("plan", root.GetProperty("column").GetString());
        Assert.Equal(12, root.GetProperty("features").GetArrayLength());
        Assert.Equal(3UL, root.GetProperty("settings").GetProperty("seed").GetUInt64());
        Assert.Equal("ClopperPearson", root.GetProperty("settings").GetProperty("intervalMethod").GetString());
        Assert.Equal(0.9, root.GetProperty("settings").GetProperty("confidence").GetDouble());
        foreach (var feature in root.GetProperty("features").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, feature.GetProperty("pMonteCarlo").ValueKind);
            Assert.Equal(JsonValueKind.Number, feature.GetProperty("pHolm").ValueKind);
            Assert.Equal(["Basic", "Premium"], feature.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("value").GetString()));
        }

        var comparison = KanoComparisonJson.Deserialize(result.Output);
        Assert.Equal(500, comparison.Settings.MonteCarloResamples);
        // Same seed, same numbers.
        Assert.Equal(result.Output, CliRunner.Run("compare", Sample, "--segment", "plan", "--format", "json", "--holm", "--simulate", "500", "--seed", "3", "--intervals", "exact", "--confidence", "0.9").Output);
    }

    [Fact]
    public void A_file_compared_with_itself_as_two_waves_shows_no_shift_and_p_1()
    {
        var result = CliRunner.Run("compare", Sample, Sample, "--labels", "2024, 2025", "--format", "json", "--simulate", "200");

        Assert.Equal(0, result.ExitCode);
        var comparison = KanoComparisonJson.Deserialize(result.Output);
        Assert.Null(comparison.Column);
        Assert.Equal(["2024", "2025"], comparison.Waves!.Value);
        Assert.All(comparison.Features, feature =>
        {
            Assert.Null(feature.Shift);
            Assert.Empty(feature.MissingFrom!.Value);
            Assert.Equal(1, feature.P);
            Assert.Equal(1, feature.PMonteCarlo);
            Assert.Equal(0.0, feature.Segments[1].BetterDifference);
            Assert.Equal(0.0, feature.Segments[1].WorseDifference);
        });
    }

    [Fact]
    public void Wave_labels_default_to_the_file_names()
    {
        using var other = TempFile.WithText(File.ReadAllText(Sample));
        var result = CliRunner.Run("compare", Sample, other.Path, "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Kano comparison", result.Output, StringComparison.Ordinal);
        Assert.Contains($"the waves banking-app.csv, {Path.GetFileName(other.Path)}", result.Output, StringComparison.Ordinal);
        Assert.Contains("no shift: the same category in every wave", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Waves_report_features_missing_from_a_wave()
    {
        using var first = TempFile.WithText("id,a_functional,a_dysfunctional,b_functional,b_dysfunctional\n1,1,5,1,3\n2,1,3,2,5\n3,3,5,1,3\n");
        using var second = TempFile.WithText("id,a_functional,a_dysfunctional\n1,1,5\n2,2,5\n");
        var result = CliRunner.Run("compare", first.Path, second.Path, "--labels", "old,new", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var comparison = KanoComparisonJson.Deserialize(result.Output);
        Assert.Equal(["a", "b"], comparison.Features.Select(f => f.Name));
        Assert.Equal(["new"], comparison.Features[1].MissingFrom!.Value);
    }

    [Theory]
    [InlineData("--labels", "2024")]
    [InlineData("--labels", "2024,2024")]
    public void Labels_that_do_not_fit_the_files_are_a_usage_error(string option, string value)
    {
        var result = CliRunner.Run("compare", Sample, Sample, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kanokit: --labels: ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void One_file_without_a_segment_column_is_a_usage_error()
    {
        var result = CliRunner.Run("compare", Sample);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("compare needs --segment <column> with one file, or two or more wave files", result.Error, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("compare", Sample, Sample, "--segment", "plan").ExitCode);
        Assert.Equal(1, CliRunner.Run("compare", Sample, "--segment", "plan", "--segment", "age_group").ExitCode);
        Assert.Equal(1, CliRunner.Run("compare", Sample, "--segment", "plan", "--simulate", "0").ExitCode);
        Assert.Equal(1, CliRunner.Run("compare", Sample, "--segment", "plan", "--intervals", "normal").ExitCode);
    }

    [Fact]
    public void An_unknown_segment_column_is_bad_input_naming_it_and_the_columns()
    {
        var result = CliRunner.Run("compare", Sample, "--segment", "region");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'region'", line, StringComparison.Ordinal);
        Assert.Contains("plan", line, StringComparison.Ordinal);
        Assert.Contains("age_group", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_wave_file_is_bad_input()
    {
        var result = CliRunner.Run("compare", Sample, "no-such-wave.csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("no-such-wave.csv:1:1: no such file (expected an existing survey file)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Published_counts_have_no_segments_to_compare()
    {
        using var counts = TempFile.WithText("feature,A,O,M,I,R,Q\nDark mode,10,20,30,5,1,0\n");
        var result = CliRunner.Run("compare", counts.Path, "--segment", "plan");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("plan", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
