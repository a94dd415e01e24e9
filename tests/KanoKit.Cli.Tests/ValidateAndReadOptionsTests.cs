using System.Text.Json;

namespace KanoKit.Cli.Tests;

public class ValidateAndReadOptionsTests
{
    private static readonly string Sample = CliRunner.RepositoryFile("samples", "data", "banking-app.csv");

    [Fact]
    public void Analyze_gives_the_same_output_whatever_the_number_of_threads()
    {
        var one = CliRunner.Run("analyze", Sample, "--threads", "1");
        var two = CliRunner.Run("analyze", Sample, "--threads", "2");
        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Output, two.Output);
        Assert.Equal(one.Output, CliRunner.Run("analyze", Sample).Output);
    }

    [Fact]
    public void Validate_on_a_clean_file_exits_0_and_lists_the_features()
    {
        var result = CliRunner.Run("validate", Sample);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("wide layout, 240 respondents, 12 features", result.Output);
        Assert.Contains("secure_login: 232 analysed, 8 missing, 0 rejected", result.Output);
        Assert.Contains("no problems", result.Output);
    }

    [Fact]
    public void Validate_groups_problems_by_kind_with_counts_and_exits_2()
    {
        using var file = TempFile.WithText(
            "id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1,9\nc,I adore it,5\nd,1,5,7\ne,1,5\n");
        var result = CliRunner.Run("validate", file.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("3 problems:", result.Output);
        Assert.Contains("UnknownAnswer (2)", result.Output);
        Assert.Contains("RaggedRow (1)", result.Output);
        Assert.Contains($"{file.Path}:3:5: '9' is not an answer", result.Output);
        Assert.Contains($"{file.Path}:4:3: 'I adore it' is not an answer", result.Output);
        Assert.Contains($"{file.Path}:5:7: the row has 4 fields", result.Output);
        Assert.Contains("wifi: 2 analysed, 0 missing, 3 rejected", result.Output);
    }

    [Fact]
    public void Analyze_lenient_reports_rejected_pairs_and_warns_on_stderr()
    {
        using var file = TempFile.WithText("id,wifi_functional,wifi_dysfunctional\na,1,5\nb,1,9\n");
        var strict = CliRunner.Run("analyze", file.Path);
        var lenient = CliRunner.Run("analyze", file.Path, "--lenient", "--format", "json");

        Assert.Equal(2, strict.ExitCode);
        Assert.Equal(0, lenient.ExitCode);
        using var json = JsonDocument.Parse(lenient.Output);
        var wifi = json.RootElement.GetProperty("features")[0];
        Assert.Equal(1, wifi.GetProperty("n").GetInt32());
        Assert.Equal(1, wifi.GetProperty("rejected").GetInt32());
        Assert.Contains(": 1 problem; their pairs are counted as rejected", Assert.Single(lenient.ErrorLines));
    }

    [Fact]
    public void Segment_option_adds_a_table_per_segment_value()
    {
        var result = CliRunner.Run("analyze", Sample, "--segment", "plan");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("plan = Basic (", result.Output);
        Assert.Contains("plan = Premium (", result.Output);

        var json = CliRunner.Run("analyze", Sample, "--segment", "plan", "--segment", "age_group", "--format", "json");
        using var document = JsonDocument.Parse(json.Output);
        var segments = document.RootElement.GetProperty("segments");
        Assert.Equal(2 + 4, segments.GetArrayLength());
        Assert.Equal(240, segments.EnumerateArray().Where(s => s.GetProperty("column").GetString() == "plan").Sum(s => s.GetProperty("respondents").GetInt32()));
    }

    [Fact]
    public void Definition_file_states_columns_scale_and_header_rows()
    {
        using var data = TempFile.WithText("ResponseId,Q1,Q2\nResponse ID,Wi-Fi present,Wi-Fi absent\nR1,5,1\nR2,4,1\n");
        using var definition = TempFile.WithText(
            """
            { "respondent": "ResponseId", "headerRows": 1, "scale": { "name": "reversed" },
              "features": [ { "name": "Wi-Fi", "functional": "Q1", "dysfunctional": "Q2" } ] }
            """, ".json");

        var result = CliRunner.Run("analyze", data.Path, "--definition", definition.Path, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var wifi = json.RootElement.GetProperty("features")[0];
        Assert.Equal("Wi-Fi", wifi.GetProperty("name").GetString());
        Assert.Equal(1, wifi.GetProperty("counts").GetProperty("O").GetInt32());
        Assert.Equal(1, wifi.GetProperty("counts").GetProperty("M").GetInt32());
    }

    [Fact]
    public void A_bad_definition_file_exits_2_naming_it()
    {
        using var data = TempFile.WithText("id,a,b\nx,1,5\n");
        using var definition = TempFile.WithText("{ \"features\": [ { \"name\": \"Wi-Fi\" ", ".json");
        var result = CliRunner.Run("analyze", data.Path, "--definition", definition.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{definition.Path}:1:", Assert.Single(result.ErrorLines));

        var missing = CliRunner.Run("analyze", data.Path, "--definition", "/no/such/definition.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("/no/such/definition.json:1:1: no such file (expected an existing survey definition (JSON))", Assert.Single(missing.ErrorLines));
    }

    [Fact]
    public void Xlsx_files_are_read_through_the_excel_package()
    {
        using var workbook = TempFile.WithBytes(KanoKit.Tests.Reading.Workbook.Create(("Answers", [["id", "wifi_functional", "wifi_dysfunctional"], ["a", "1", "5"], ["b", "1", "9"]])), ".xlsx");
        var result = CliRunner.Run("analyze", workbook.Path, "--sheet", "Answers");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{workbook.Path}:3:3: '9' is not an answer in column 'wifi_dysfunctional' (expected a code 1–5 or an answer label such as 'I like it')", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Json_surveys_are_read_by_extension()
    {
        using var file = TempFile.WithText("""[ { "id": "a", "wifi_functional": 1, "wifi_dysfunctional": 5 } ]""", ".json");
        var result = CliRunner.Run("analyze", file.Path, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"O\": 1", result.Output);
    }

    [Fact]
    public void Headerless_files_pair_by_position()
    {
        var result = CliRunner.Run("analyze", CliRunner.RepositoryFile("tests", "data", "krano-example", "data.csv"), "--no-header", "--pair-by-position", "--first-pair-column", "1");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("feature 7", result.Output);
    }
}
