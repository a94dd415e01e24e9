namespace KanoKit.Cli.Tests;

/// <summary>A wrong command line or definition file is told in the user's terms: the option or JSON path, what it accepts.</summary>
public class CommandLineErrorTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    [Theory]
    [InlineData("--tie-band", "-1", "--tie-band: -1 is out of range (expected a fraction between 0 and 1, e.g. 0.06)")]
    [InlineData("--tie-band", "6", "--tie-band: 6 is out of range (expected a fraction between 0 and 1, e.g. 0.06)")]
    [InlineData("--confidence", "0.9999999999999999", "--confidence: 0.9999999999999999 is out of range (expected a confidence level between 0.5 and 0.999999, e.g. 0.95)")]
    [InlineData("--fong-z", "1e308", "--fong-z: 1E+308 is out of range (expected a positive normal quantile of at most 10, e.g. 1.65)")]
    [InlineData("--header-rows", "-1", "--header-rows: -1 is out of range (expected rows to skip after the header, at least 0)")]
    [InlineData("--first-pair-column", "0", "--first-pair-column: 0 is out of range (expected a 1-based column number, at least 1)")]
    [InlineData("--threads", "0", "--threads: 0 is out of range (expected a number of threads, at least 1)")]
    public void An_out_of_range_option_is_a_usage_error_naming_the_option(string option, string value, string message)
    {
        var result = CliRunner.Run("analyze", Sample, option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kanokit: {message}", result.ErrorLines[0]);
        Assert.Equal(string.Empty, result.Output);
        Assert.DoesNotContain("Parameter", result.Error);
        Assert.DoesNotContain("BandPercentagePoints", result.Error);
        Assert.Contains("Usage:", result.Error);
    }

    [Theory]
    [InlineData("""{ "features": [], "colour": 3 }""", ":1:28: unknown member 'colour' in the definition (expected one of features, respondent, headerRows, hasHeader, segments, delimiter, scale, layout, encoding, importanceScale)")]
    [InlineData("""{ "headerRows": "two" }""", ":1:22: $.headerRows does not hold what it should (expected a whole number of rows (0 or more))")]
    public void A_bad_definition_file_is_one_located_line_in_its_own_terms(string json, string message)
    {
        using var definition = TempFile.WithText(json, ".json");
        var result = CliRunner.Run("analyze", Sample, "--definition", definition.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(definition.Path + message, Assert.Single(result.ErrorLines));
        Assert.DoesNotContain(".NET", result.Error);
        Assert.DoesNotContain("KanoKit.", result.Error);
    }

    [Fact]
    public void Validate_prints_what_it_understood()
    {
        var result = CliRunner.Run("validate", Sample, "--segment", "plan");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("what was understood:", result.Output);
        Assert.Contains("layout          wide", result.Output);
        Assert.Contains("respondent      respondent", result.Output);
        Assert.Contains("segments        plan", result.Output);
        Assert.Contains("secure_login: functional 'secure_login_functional', dysfunctional 'secure_login_dysfunctional'", result.Output);
    }
}
