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
    [InlineData("2024", "--labels: 1 label for 2 files (expected one label per file, comma-separated).")]
    [InlineData("2024,2025,2026", "--labels: 3 labels for 2 files (expected one label per file, comma-separated).")]
    public void Wave_labels_must_match_the_files(string labels, string message)
    {
        var result = CliRunner.Run("compare", Sample, Sample, "--labels", labels);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"kanokit: {message}", result.ErrorLines[0]);
    }

    [Fact]
    public void Help_and_numbers_are_the_same_in_any_locale()
    {
        var german = new Dictionary<string, string> { ["LC_ALL"] = "de_DE.UTF-8", ["LANG"] = "de_DE.UTF-8" };
        var help = CliRunner.RunProcessWith(german, "plan", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("[default: 0.95]", help.Output, StringComparison.Ordinal);
        Assert.Contains("Usage:", help.Output, StringComparison.Ordinal);
        var plan = CliRunner.RunProcessWith(german, "plan", "--half-width", "0.05");
        Assert.Equal((0, CliRunner.RunProcess("plan", "--half-width", "0.05").Output), (plan.ExitCode, plan.Output));
    }

    [Fact]
    public void Mistakes_of_the_user_are_not_reported_as_defects()
    {
        // Exit 70 ("internal error … please report") is for KanoKit's own bugs; these are the user's or the machine's.
        string missing = Path.Combine(Path.GetTempPath(), $"kanokit-no-such-folder-{Guid.NewGuid():N}", "report.html");
        var output = CliRunner.Run("analyze", Sample, "-o", missing);
        Assert.Equal(2, output.ExitCode);
        Assert.Equal($"kanokit: cannot write '{missing}': Could not find a part of the path '{missing}'. (expected readable input files and a writable output)", Assert.Single(output.ErrorLines));

        var encoding = CliRunner.Run("analyze", Sample, "--encoding", "klingon");
        Assert.Equal(2, encoding.ExitCode);
        Assert.Equal($"{Sample}:1:1: The encoding 'klingon' is not supported (expected utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15 or another code-page name).", Assert.Single(encoding.ErrorLines));

        var segment = CliRunner.Run("plot", Sample, "--segment", "plan", "--plot-segment", "Gold", "-o", missing + ".png");
        Assert.Equal("kanokit: The report has no segment 'Gold'; it has: plan=Basic, plan=Premium.", segment.ErrorLines[0]);
        var size = CliRunner.Run("plot", Sample, "--width", "100000", "-o", missing + ".png");
        Assert.Equal("kanokit: A chart is between 200 and 20,000 pixels wide and high.", size.ErrorLines[0]);
        Assert.All((CliRunner.Result[])[output, encoding, segment, size], r => Assert.DoesNotContain("internal error", r.Error, StringComparison.Ordinal));
        Assert.All((CliRunner.Result[])[segment, size], r => Assert.DoesNotContain("(Parameter", r.Error, StringComparison.Ordinal));
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
