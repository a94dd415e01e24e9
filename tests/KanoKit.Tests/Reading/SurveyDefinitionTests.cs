using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

public class SurveyDefinitionTests
{
    private const string Json = """
        {
          "respondent": "ResponseId",
          "segments": ["plan"],
          "scale": { "name": "smileys", "codes": { "10": "Like", "20": "Dislike" }, "labels": { "yay": "Like" } },
          "features": [ { "name": "Wi-Fi", "functional": "Q1_1", "dysfunctional": "Q1_2", "importance": "Q1_3" } ]
        }
        """;

    [Fact]
    public void Definitions_compare_by_content()
    {
        Assert.Equal(SurveyDefinition.Parse(Json, "a.json"), SurveyDefinition.Parse(Json, "b.json"));
        Assert.True(SurveyDefinition.Parse(Json, "a.json") == SurveyDefinition.Parse(Json, "a.json"));
        Assert.Equal(SurveyDefinition.Parse(Json, "a.json").GetHashCode(), SurveyDefinition.Parse(Json, "a.json").GetHashCode());
        Assert.NotEqual(SurveyDefinition.Parse(Json, "a.json"), SurveyDefinition.Parse(Json.Replace("Q1_3", "Q1_4", StringComparison.Ordinal), "a.json"));
    }

    [Theory]
    [InlineData("""{ "features": [], "colour": 3 }""", "unknown member 'colour' in the definition", "one of features, respondent")]
    [InlineData("""{ "features": [ { "name": "x", "functional": "a", "dysfunctional": "b", "weight": 2 } ] }""", "unknown member 'weight' in a feature", "one of name, functional, dysfunctional, importance")]
    [InlineData("""{ "headerRows": "two" }""", "$.headerRows does not hold what it should", "a whole number of rows")]
    [InlineData("""{ "hasHeader": 1 }""", "$.hasHeader does not hold what it should", "true or false")]
    [InlineData("""{ "layout": "diagonal" }""", "$.layout does not hold what it should", "\"auto\", \"long\", \"wide\", \"counts\", \"cells\" or \"tall\"")]
    [InlineData("""{ "features": [null] }""", "$.features does not hold what it should", "an array of feature objects")]
    [InlineData("""{ "segments": [null] }""", "$.segments does not hold what it should", "an array of column names")]
    [InlineData("""{ "scale": { "codes": { "1": "Love" } } }""", "$.scale.codes does not hold what it should", "an object mapping codes to Like")]
    public void Problems_are_said_in_the_definition_s_own_terms(string json, string problem, string expected)
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyDefinition.Parse(json, "survey.json"));
        Assert.Equal(DiagnosticKind.Definition, error.Kind);
        Assert.Contains(problem, error.Problem);
        Assert.Contains(expected, error.Expected);
        Assert.StartsWith("survey.json:1:", error.Message);
        foreach (string leak in (string[])["System.", "KanoKit.", ".NET", "could not be mapped", "Parameter", "Path:"])
        {
            Assert.DoesNotContain(leak, error.Message);
        }
    }

    [Fact]
    public void A_missing_file_is_a_located_definition_error()
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyDefinition.Load("/no/such/survey.json"));
        Assert.Equal(DiagnosticKind.Definition, error.Kind);
        Assert.Equal("/no/such/survey.json:1:1: no such file (expected an existing survey definition (JSON))", error.Message);
    }
}
