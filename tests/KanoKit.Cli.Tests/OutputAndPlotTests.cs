namespace KanoKit.Cli.Tests;

public class OutputAndPlotTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    private static string TempPath(string extension) => Path.Combine(Path.GetTempPath(), $"kanokit-{Guid.NewGuid():N}{extension}");

    [Theory]
    [InlineData(".md", "# Kano analysis")]
    [InlineData(".csv", "segment_column,segment_value,feature,")]
    [InlineData(".html", "<!DOCTYPE html>")]
    [InlineData(".json", "\"schema\": \"kanokit/report/v1\"")]
    public void The_output_format_follows_the_file_extension(string extension, string start)
    {
        string path = TempPath(extension);
        try
        {
            var result = CliRunner.Run("analyze", Sample, "-o", path);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains(start, File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_table_ends_with_a_legend_and_the_tie_rule_in_words()
    {
        var result = CliRunner.Run("analyze", Sample, "--sort", "category");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Legend:", result.Output, StringComparison.Ordinal);
        Assert.Contains("Fong's (1996) test", result.Output, StringComparison.Ordinal);
        Assert.Contains("When categories are exactly equally frequent", result.Output, StringComparison.Ordinal);
        // Sorted by category: the must-be features come first.
        int mustBe = result.Output.IndexOf("Must-be", StringComparison.Ordinal), attractive = result.Output.IndexOf("Attractive  ", StringComparison.Ordinal);
        Assert.True(mustBe < attractive);
    }

    [Fact]
    public void Csv_goes_to_standard_output_when_no_file_is_given()
    {
        var result = CliRunner.Run("analyze", Sample, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("segment_column,", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("better-worse", ".svg")]
    [InlineData("categories", ".png")]
    [InlineData("continuous", ".png")]
    public void Plot_writes_the_chart(string chart, string extension)
    {
        string path = TempPath(extension);
        try
        {
            var result = CliRunner.Run("plot", Sample, "--chart", chart, "-o", path, "--width", "640", "--height", "480");
            Assert.Equal(0, result.ExitCode);
            byte[] bytes = File.ReadAllBytes(path);
            Assert.True(extension == ".png" ? bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G' : System.Text.Encoding.UTF8.GetString(bytes).Contains("<svg", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Plot_refuses_an_image_type_it_cannot_write()
    {
        var result = CliRunner.Run("plot", Sample, "-o", TempPath(".jpg"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(".svg or .png", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_names_the_segments_when_asked_for_one_that_does_not_exist()
    {
        var result = CliRunner.Run("plot", Sample, "--segment", "plan", "--plot-segment", "Gold", "-o", TempPath(".svg"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("plan=Basic", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_command_line_sends_its_help_to_standard_error()
    {
        var result = CliRunner.Run("analyze", Sample, "--format", "pdf");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("--format", result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", result.Error, StringComparison.Ordinal);
    }
}
