using KanoKit.Reading;
using KanoKit.Tests.Reading;

namespace KanoKit.Cli.Tests;

/// <summary><c>kanokit inspect</c> (issue 9): what detection understood, and a definition that reads the file back to the same tallies.</summary>
public sealed class InspectCommandTests
{
    private static (Answer[] F, Answer[] D)[] Answers()
    {
        var random = new Random(9);
        return [.. Enumerable.Range(0, 3).Select(_ => (
            Enumerable.Range(0, 25).Select(_ => (Answer)random.Next(1, 6)).ToArray(),
            Enumerable.Range(0, 25).Select(_ => (Answer)random.Next(1, 6)).ToArray()))];
    }

    [Theory]
    [InlineData(Export.Qualtrics)]
    [InlineData(Export.SurveyMonkeyMatrix)]
    [InlineData(Export.GermanExcel)]
    [InlineData(Export.Typeform)]
    [InlineData(Export.DatabaseLong)]
    [InlineData(Export.Tall)]
    public void The_written_definition_reads_the_file_to_the_same_tallies(Export export)
    {
        using var file = TempFile.WithBytes(ExportWriter.Write(export, Answers()));
        using var definition = TempFile.WithText(string.Empty, ".json");

        var inspected = CliRunner.Run("inspect", file.Path, "--write-definition", definition.Path);

        Assert.Equal(0, inspected.ExitCode);
        Assert.Contains("layout", inspected.Output);
        var detected = SurveyFile.Read(file.Path);
        var defined = SurveyFile.Read(file.Path, new SurveyReadOptions { Definition = SurveyDefinition.Load(definition.Path) });
        Assert.Equal(detected.Tallies.Features, defined.Tallies.Features);
        Assert.Equal(detected.Respondents, defined.Respondents);
        Assert.Equal(SurveyFile.Inspect(file.Path).Features, detected.Plan.Features);
    }

    [Fact]
    public void Inspect_prints_the_encoding_the_features_and_the_other_columns()
    {
        using var file = TempFile.WithBytes(ExportWriter.Write(Export.GermanExcel, Answers()));

        var result = CliRunner.Run("inspect", file.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("windows-1252", result.Output);
        Assert.Contains("Dunkelmodus: functional 'Dunkelmodus (funktional)', dysfunctional 'Dunkelmodus (dysfunktional)'", result.Output);
        Assert.Contains("'Zufriedenheit'", result.Output);
    }

    [Fact]
    public void A_renamed_feature_in_the_definition_is_reported_under_its_new_name()
    {
        using var file = TempFile.WithBytes(ExportWriter.Write(Export.Typeform, Answers()));
        using var definition = TempFile.WithText(string.Empty, ".json");
        CliRunner.Run("inspect", file.Path, "--write-definition", definition.Path);
        File.WriteAllText(definition.Path, File.ReadAllText(definition.Path).Replace("\"name\": \"Dark mode\"", "\"name\": \"Night theme\"", StringComparison.Ordinal));

        var data = SurveyFile.Read(file.Path, new SurveyReadOptions { Definition = SurveyDefinition.Load(definition.Path) });

        Assert.Equal("Night theme", data.Tallies.Features[0].Name);
    }

    [Fact]
    public void Pairing_by_position_takes_a_column_range()
    {
        using var file = TempFile.WithText("id,a_1,a_2,b_1,b_2,started,ended\nr1,1,5,2,4,2024-05-01,2024-05-02\nr2,3,3,1,5,2024-05-01,2024-05-02\n");

        var result = CliRunner.Run("validate", file.Path, "--pair-by-position", "--columns", "2-5");
        var bad = CliRunner.Run("validate", file.Path, "--pair-by-position", "--columns", "5-2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("by position from column 2 to column 5", result.Output);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--columns: '5-2' is not a column range", bad.Error);
    }

    [Fact]
    public void A_stated_encoding_is_used()
    {
        byte[] latin1 = [.. "id,Grüße_functional,Grüße_dysfunctional\nr1,1,5\n"u8.ToArray()];
        using var file = TempFile.WithBytes(System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.UTF8.GetString(latin1)));

        var result = CliRunner.Run("validate", file.Path, "--encoding", "iso-8859-1");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Grüße:", result.Output);
        Assert.Contains("iso-8859-1", result.Output);
    }

    [Fact]
    public void The_written_definition_states_the_Windows_1252_encoding_detection_found_and_reads_the_file_by_it()
    {
        using var file = TempFile.WithBytes(ExportWriter.Write(Export.GermanExcel, Answers()));
        using var definition = TempFile.WithText(string.Empty, ".json");

        Assert.Equal(0, CliRunner.Run("inspect", file.Path, "--write-definition", definition.Path).ExitCode);
        var written = SurveyDefinition.Load(definition.Path);
        var validated = CliRunner.Run("validate", file.Path, "--definition", definition.Path);

        Assert.Equal("windows-1252", written.Encoding);
        Assert.Equal(0, validated.ExitCode);
        Assert.Contains("encoding        windows-1252", validated.Output);
        Assert.Equal(
            SurveyFile.Read(file.Path).Tallies.Features,
            SurveyFile.Read(file.Path, new SurveyReadOptions { Definition = written }).Tallies.Features);
    }
}
