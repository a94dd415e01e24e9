using System.Text;
using System.Text.Json;

namespace KanoKit.Cli.Tests;

public class AnalyzeCommandTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    [Fact]
    public void Analyze_prints_an_aligned_table_of_the_sample_survey()
    {
        var result = CliRunner.Run("analyze", Sample);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("feature", lines[0]);
        foreach (var heading in (string[])["n", "missing", "A", "O", "M", "I", "R", "Q", "category", "Better", "Worse", "Fong"])
        {
            Assert.Contains($" {heading}", lines[0]);
        }

        var secure = lines.Single(l => l.StartsWith("secure_login", StringComparison.Ordinal));
        Assert.Contains("Must-be", secure);
        int categoryColumn = lines[0].IndexOf("category", StringComparison.Ordinal);
        Assert.All(lines.Skip(1).Take(12), line => Assert.NotEqual(' ', line[categoryColumn]));
        Assert.Contains("12 features, 240 respondents", result.Output);
    }

    [Fact]
    public void Json_format_writes_schema_v1_that_reads_back()
    {
        var result = CliRunner.Run("analyze", Sample, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("kanokit/report/v1", document.RootElement.GetProperty("schema").GetString());
        Assert.Equal(12, document.RootElement.GetProperty("features").GetArrayLength());
        var report = KanoKit.Writing.KanoJson.Deserialize(result.Output);
        Assert.Equal(240, report.Respondents);
    }

    [Fact]
    public void Input_layout_and_options_are_honoured()
    {
        using var counts = TempFile.WithText("feature,A,O,M,I,R,Q\nx,41,10,5,42,1,1\n");
        var exact = CliRunner.Run("analyze", counts.Path, "--input", "counts", "--format", "json");
        var band = CliRunner.Run("analyze", counts.Path, "--tie-band", "0.06", "--format", "json");
        Assert.Contains("\"category\": \"Indifferent\"", exact.Output);
        Assert.Contains("\"category\": \"Attractive\"", band.Output);
    }

    [Fact]
    public void Reversed_scale_option_reads_codes_the_other_way_round()
    {
        using var file = TempFile.WithText("respondent,feature,functional,dysfunctional\nr1,wifi,5,1\n");
        var result = CliRunner.Run("analyze", file.Path, "--scale", "reversed", "--format", "json");
        Assert.Contains("\"O\": 1", result.Output);
    }

    [Fact]
    public void An_invalid_option_value_is_a_usage_error_not_a_crash()
    {
        var result = CliRunner.Run("analyze", Sample, "--confidence", "1.5");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kanokit: --confidence: 1.5 is out of range", result.ErrorLines[0]);
        Assert.Equal(string.Empty, result.Output);
        Assert.DoesNotContain("   at ", result.Error);
    }

    public static TheoryData<string, byte[], int, string> BadInputs => new()
    {
        { "empty file", [], 1, "the file is empty" },
        { "binary junk", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0xFF, 0xD8], 1, "binary" },
        { "invalid UTF-8", Bytes("feature,A,O,M,I,R,Q\nx,1,0,0,0,0,0\ny,", [0xFF, 0xFE, 0x41], ",0,0,0,0,0\n"), 3, "not valid UTF-8" },
        { "unclosed quote", Bytes("id,wifi_functional,wifi_dysfunctional\na,1,5\n\"b,1,5\nc,1,5\n"), 3, "never closed" },
        { "ragged row", Bytes("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1,5,3\n"), 3, "4 fields but the header has 3" },
        { "short row", Bytes("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1\n"), 3, "2 fields but the header has 3" },
        { "unknown label", Bytes("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,I like it,\nc,I adore it,5\n"), 4, "'I adore it' is not an answer" },
        { "out-of-range code", Bytes("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1,6\n"), 3, "'6' is not an answer" },
        { "unpaired functional column", Bytes("id,wifi_functional,wifi_dysfunctional,tv_functional\na,1,5,1\n"), 1, "column 'tv_functional' has no dysfunctional partner" },
        { "duplicate column", Bytes("id,wifi_functional,wifi_dysfunctional,id\na,1,5,a\n"), 1, "duplicate column 'id'" },
        { "header only", Bytes("id,wifi_functional,wifi_dysfunctional\n"), 2, "no data rows" },
        { "quoted line break before the error", Bytes("id,wifi_functional,wifi_dysfunctional\n\"a\nb\",1,5\nc,1,9\n"), 4, "'9' is not an answer" },
        { "counts overflow", Bytes("feature,A,O,M,I,R,Q\nx,9000000000000000000,9000000000000000000,0,0,0,0\n"), 2, "more than a 64-bit count holds" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_exits_2_with_one_located_line_on_stderr(string kind, byte[] content, int line, string problem)
    {
        using var file = TempFile.WithBytes(content);
        var result = CliRunner.Run("analyze", file.Path);

        Assert.True(result.ExitCode == 2, $"{kind}: exit code {result.ExitCode}, stderr {result.Error}");
        string message = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"{file.Path}:{line}:", message);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(file.Path)}:\\d+:\\d+: ", message);
        Assert.Contains(problem, message);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_the_file()
    {
        var result = CliRunner.Run("analyze", "/no/such/survey.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("/no/such/survey.csv:1:1: no such file (expected an existing survey file)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void A_directory_exits_2()
    {
        var result = CliRunner.Run("analyze", Path.GetTempPath());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a directory", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void As_a_process_bad_input_gives_exit_code_2_and_no_stack_trace()
    {
        using var file = TempFile.WithText("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1,7\n");
        var result = CliRunner.RunProcess("analyze", file.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{file.Path}:3:5: '7' is not an answer in column 'wifi_dysfunctional' (expected a code 1–5 or an answer label such as 'I like it')", result.Error.TrimEnd());
    }

    [Fact]
    public void As_a_process_the_sample_analysis_succeeds()
    {
        var result = CliRunner.RunProcess("analyze", Sample);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("secure_login", result.Output);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Bytes(string before, byte[] raw, string after) => [.. Encoding.UTF8.GetBytes(before), .. raw, .. Encoding.UTF8.GetBytes(after)];
}
