using System.Text;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>
/// Issue 9: the definition's <c>encoding</c> — written by <see cref="ReadPlan.ToDefinition"/> when the file was not read
/// as UTF-8, read back to the same tallies even where detection cannot read the file twice (a stream that cannot seek),
/// and beaten by an explicit <see cref="SurveyReadOptions.Encoding"/> (option &gt; definition &gt; detection).
/// </summary>
public sealed class DefinitionEncodingTests
{
    private static (Answer[] F, Answer[] D)[] Answers()
    {
        var random = new Random(1252);
        return [.. Enumerable.Range(0, 3).Select(_ => (
            Enumerable.Range(0, 30).Select(_ => (Answer)random.Next(1, 6)).ToArray(),
            Enumerable.Range(0, 30).Select(_ => (Answer)random.Next(1, 6)).ToArray()))];
    }

    [Fact]
    public void A_Windows_1252_file_writes_its_encoding_into_the_definition_and_reads_back_to_the_same_tallies()
    {
        byte[] bytes = ExportWriter.Write(Export.GermanExcel, Answers());
        var detected = SurveyFile.Read(new MemoryStream(bytes), "umfrage.csv");
        Assert.Equal("windows-1252", detected.Plan.Encoding);

        var definition = SurveyDefinition.Parse(detected.Plan.ToDefinition().ToJson(), "umfrage.json");
        Assert.Equal("windows-1252", definition.Encoding);
        Assert.Contains("\"encoding\": \"windows-1252\"", definition.ToJson(), StringComparison.Ordinal);

        // Through a stream that cannot be read twice, only the stated encoding reads it.
        var defined = SurveyFile.Read(new OneWayStream(bytes), "umfrage.csv", new SurveyReadOptions { Definition = definition });
        Assert.Equal(detected.Tallies.Features, defined.Tallies.Features);
        Assert.Equal(detected.Respondents, defined.Respondents);
        Assert.Equal("windows-1252", defined.Plan.Encoding);
        Assert.True(defined.IsClean);
        Assert.Throws<KanoDataException>(() => SurveyFile.Read(new OneWayStream(bytes), "umfrage.csv", new SurveyReadOptions { Mode = ReadMode.Strict }));
    }

    [Fact]
    public void A_UTF_8_file_states_no_encoding()
    {
        byte[] bytes = ExportWriter.Write(Export.Typeform, Answers());
        var plan = SurveyFile.Read(new MemoryStream(bytes), "typeform.csv").Plan;

        Assert.Null(plan.ToDefinition().Encoding);
        Assert.DoesNotContain("encoding", plan.ToDefinition().ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_beats_the_definition_which_beats_detection()
    {
        var definition = new SurveyDefinition { Encoding = "windows-1252" };

        Assert.Equal("windows-1252", ReadPlan.Resolve(new SurveyReadOptions { Definition = definition }).Encoding);
        Assert.Equal("utf-8", ReadPlan.Resolve(new SurveyReadOptions { Definition = definition, Encoding = "utf-8" }).Encoding);
        Assert.Null(ReadPlan.Resolve(new SurveyReadOptions()).Encoding);

        // "für" in Windows-1252 is not UTF-8: stated as UTF-8 by the option, the definition's Windows-1252 is not used.
        byte[] bytes = Encoding.Latin1.GetBytes("id,für_functional,für_dysfunctional\n1,1,5\n");
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(bytes), "x.csv", new SurveyReadOptions { Mode = ReadMode.Strict, Definition = definition, Encoding = "utf-8" }));
        Assert.Equal(DiagnosticKind.Encoding, error.Kind);
        Assert.Equal("für", SurveyFile.Read(new MemoryStream(bytes), "x.csv", new SurveyReadOptions { Mode = ReadMode.Strict, Definition = definition }).Tallies.Features[0].Name);
    }

    [Theory]
    [InlineData("{\"encoding\": \"klingon\"}", "encoding 'klingon' is not supported")]
    [InlineData("{\"encoding\": 7}", "$.encoding does not hold what it should")]
    [InlineData("{\"importanceScale\": \"6-point\"}", "importanceScale '6-point' is not an importance scale")]
    public void A_definition_with_an_unknown_encoding_or_importance_scale_is_refused(string json, string problem)
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyDefinition.Parse(json, "d.json"));

        Assert.Equal(DiagnosticKind.Definition, error.Kind);
        Assert.Contains(problem, error.Diagnostic.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_and_importance_scale_survive_a_json_round_trip()
    {
        var definition = new SurveyDefinition { Encoding = "iso-8859-1", ImportanceScale = "7-point" };

        Assert.Equal(definition, SurveyDefinition.Parse(definition.ToJson(), "d.json"));
    }

    [Fact]
    public void A_written_definition_keeps_names_as_people_wrote_them_and_layouts_as_the_docs_do()
    {
        // The file is for editing by hand: no \u escapes for umlauts or CJK, and "wide" as the docs write it.
        var definition = new SurveyDefinition
        {
            Features = [new FeatureDefinition("Größenänderung", "Größe (funktional)", "Größe (dysfunktional)"), new FeatureDefinition("深色模式", "深色模式 有", "深色模式 没有")],
            Layout = SurveyLayout.Wide,
        };

        string json = definition.ToJson();
        Assert.Contains("\"name\": \"Größenänderung\"", json, StringComparison.Ordinal);
        Assert.Contains("\"深色模式 没有\"", json, StringComparison.Ordinal);
        Assert.Contains("\"layout\": \"wide\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Equal(definition, SurveyDefinition.Parse(json, "d.json"));
        Assert.Equal(SurveyLayout.Wide, SurveyDefinition.Parse("""{ "layout": "Wide" }""", "d.json").Layout);
    }
}
