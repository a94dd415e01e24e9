using System.Text;
using KanoKit.Answers;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Analysis;

namespace KanoKit.Tests.Reading;

public class SurveyFileTests
{
    private static readonly SurveyReadOptions Keep = new() { KeepRespondents = true };

    internal static SurveyData Parse(string text, SurveyReadOptions? options = null) => Parse(Encoding.UTF8.GetBytes(text), options);

    internal static SurveyData Parse(byte[] bytes, SurveyReadOptions? options = null, string source = "test.csv") =>
        SurveyFile.Read(new MemoryStream(bytes), source, options ?? Keep);

    private static KanoDataException Fails(string text, SurveyReadOptions? options = null) =>
        Assert.Throws<KanoDataException>(() => Parse(text, options));

    [Fact]
    public void Long_file_keeps_feature_order_and_counts_absent_answers_as_missing()
    {
        var data = Parse("""
            respondent,feature,functional,dysfunctional
            r1,wifi,1,5
            r1,minibar,I like it,I am neutral
            r2,minibar,2,5
            r3,wifi,,5
            """);

        Assert.Equal(SurveyLayout.Long, data.Layout);
        Assert.Equal(["wifi", "minibar"], data.Survey!.Features.Select(f => f.Name));
        Assert.Equal("r1,r2,r3", string.Join(",", data.Survey.Respondents));
        var wifi = data.Tallies.Features[0].Tally;
        Assert.Equal(1, wifi[Answer.Like, Answer.Dislike]);
        Assert.Equal(1, wifi.Total);
        Assert.Equal(2, wifi.Missing); // r2 never answered, r3 left functional empty
        var minibar = data.Tallies.Features[1].Tally;
        Assert.Equal(1, minibar[Answer.Like, Answer.Neutral]);
        Assert.Equal(1, minibar[Answer.MustBe, Answer.Dislike]);
        Assert.Equal(1, minibar.Missing);
    }

    [Fact]
    public void Wide_file_pairs_columns_and_keeps_other_columns_as_attributes()
    {
        var data = Parse("""
            id,plan,Wifi_Functional,wifi_dysfunctional,minibar_functional,minibar_dysfunctional
            a,basic,1,5,3,3
            b,premium,I like it,Ich weiß nicht,,
            """.Replace("Ich weiß nicht", "I dislike it", StringComparison.Ordinal));

        Assert.Equal(SurveyLayout.Wide, data.Layout);
        Assert.Equal(["Wifi", "minibar"], data.Survey!.Features.Select(f => f.Name));
        Assert.Equal("a,b", string.Join(",", data.Survey.Respondents));
        Assert.Equal("plan", Assert.Single(data.Survey.Attributes).Name);
        Assert.Equal("basic,premium", string.Join(",", data.Survey.Attributes[0].Values));
        Assert.Equal(2, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(1, data.Tallies.Features[1].Tally.Missing);
    }

    [Fact]
    public void Counts_file_reads_published_tables()
    {
        var data = Parse("feature,A,O,M,I,R,Q\nexample,20,30,25,15,5,5\nother,1,2,3,4,0,0\n");
        Assert.Equal(SurveyLayout.Counts, data.Layout);
        Assert.Equal(new CategoryCounts(20, 30, 25, 15, 5, 5), data.Tallies.Counts[0].Counts);
        var report = data.Tallies.Analyze();
        Assert.Equal(KanoCategory.OneDimensional, report["example"].Category);
        Assert.Null(report["example"].Continuous);
    }

    [Fact]
    public void Cells_file_sums_counted_pairs_and_missing()
    {
        var data = Parse("""
            feature,functional,dysfunctional,count
            wifi,1,5,10
            wifi,Like,Dislike,2
            wifi,,5,3
            minibar,3,3,7
            """);
        Assert.Equal(SurveyLayout.Cells, data.Layout);
        Assert.Equal(12, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(3, data.Tallies.Features[0].Tally.Missing);
        Assert.Equal(7, data.Tallies.Features[1].Tally[Answer.Neutral, Answer.Neutral]);
    }

    [Fact]
    public void Semicolons_quotes_crlf_and_bom_are_read()
    {
        string text = "\uFEFFrespondent;feature;functional;dysfunctional\r\n\"r;1\";\"Wi\"\"Fi\";1;5\r\nr2;\"Wi\"\"Fi\";\"I like\nit\";5\r\n";
        var data = Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text[1..])).ToArray());
        Assert.Equal("Wi\"Fi", data.Survey!.Features[0].Name);
        Assert.Equal("r;1|r2", string.Join("|", data.Survey.Respondents));
        Assert.Equal(0, data.Tallies.Features[0].Tally.Missing);
        Assert.Equal(2, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
    }

    [Fact]
    public void Utf16_with_bom_is_read()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("feature,A,O,M,I,R,Q\nx,1,0,0,0,0,0\n")];
        Assert.Equal(1, Parse(bytes).Tallies.Counts[0].Counts.A);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16BE")]
    public void A_utf16_file_reports_its_encoding_and_its_definition_reads_it_back(bool bigEndian, string expected)
    {
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("respondent,wifi_functional,wifi_dysfunctional\nr1,1,5\nr2,2,4\n")];
        var data = Parse(bytes);
        Assert.Equal(expected, data.Plan.Encoding);
        Assert.Matches($@"encoding\s+{expected}\n", data.Plan.Describe());

        var definition = data.Plan.ToDefinition();
        Assert.Equal(expected, definition.Encoding);
        var again = Parse(bytes, new SurveyReadOptions { Definition = definition });
        Assert.Equal(data.Tallies.Features[0].Tally, again.Tallies.Features[0].Tally);
        Assert.Equal(expected, again.Plan.Encoding);
    }

    [Theory]
    [InlineData("id,a_functional,a_dysfunctional\n1,\"2\",\"4\"")]
    [InlineData("id,a_functional,a_dysfunctional\r\n1,2,4\r\n2,\"2\",\"4\"")]
    [InlineData("\"id\",\"a_functional\",\"a_dysfunctional\"\n\"1\",\"2\",\"4\"\n\"2\",\"2\",\"4\"")]
    public void A_quoted_last_field_without_a_final_line_break_is_read_as_written(string text)
    {
        // Found by the template-rows property: when the closing quote was the last character read, refilling the buffer
        // moved the text but not the field's end, and the field came out as unrelated text from the buffer.
        foreach (var mode in new[] { ReadMode.Strict, ReadMode.Lenient })
        {
            var data = Parse(text, new SurveyReadOptions { Mode = mode });
            Assert.Empty(data.Diagnostics);
            Assert.Equal(data.Respondents, data.Tallies.Features[0].Tally[Answer.MustBe, Answer.LiveWith]);
        }
    }

    [Fact]
    public void A_utf8_file_states_no_encoding()
    {
        Assert.Null(Parse("respondent,wifi_functional,wifi_dysfunctional\nr1,1,5\n").Plan.Encoding);
    }

    [Fact]
    public void Reversed_scale_reads_codes_the_other_way_round()
    {
        var data = Parse("respondent,feature,functional,dysfunctional\nr1,wifi,5,1\n", new SurveyReadOptions { Scale = AnswerScale.Reversed });
        Assert.Equal(1, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("respondent,feature,functional,dysfunctional\n", 2, 1, "no data rows")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,wifi,1,5\nr2,wifi,7,5\n", 3, 9, "'7' is not an answer in column 'functional'")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,wifi,1,I love it\n", 2, 11, "'I love it' is not an answer")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,wifi,1,5,9\n", 2, 13, "5 fields but the header has 4")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,wifi,1\n", 2, 10, "3 fields but the header has 4")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,\"wifi,1,5\nr2,wifi,1,5\n", 2, 4, "never closed")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,\"wi\"fi,1,5\n", 2, 8, "text follows a closing quote")]
    [InlineData("respondent,feature,functional,dysfunctional\nr1,wifi,1,5\nr1,wifi,2,5\n", 3, 4, "answers feature 'wifi' twice")]
    [InlineData("id,wifi_functional,minibar_functional,minibar_dysfunctional\na,1,1,5\n", 1, 4, "column 'wifi_functional' has no dysfunctional partner")]
    [InlineData("id,wifi_functional,wifi_dysfunctional,WIFI_functional\na,1,5,1\n", 1, 39, "duplicate column 'WIFI_functional' (first at column 2)")]
    [InlineData("id,plan\na,b\n", 1, 1, "no functional/dysfunctional column pairs")]
    [InlineData("id,wifi_functional,wifi_dysfunctional\na,1,5\na,2,5\n", 3, 1, "respondent 'a' appears twice")]
    [InlineData("feature,A,O,M,I,R,Q\nx,1,2,3,-4,0,0\n", 2, 9, "'-4' is not a count in column 'I'")]
    [InlineData("feature,A,O,M,I,R,Q\nx,1,2,3,4,0,0\nx,1,1,1,1,1,1\n", 3, 1, "feature 'x' appears twice")]
    [InlineData("feature,A,O,M,I,R\nx,1,2,3,4,0\n", 1, 1, "no 'Q' column")]
    [InlineData("name,A,O,M,I,R,Q\nx,1,2,3,4,0,0\n", 1, 1, "no functional/dysfunctional column pairs")]
    public void Bad_input_names_line_column_and_problem(string text, int line, int column, string problem)
    {
        var error = Fails(text);
        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"test.csv:{line}:{column}: ", error.Message);
        Assert.Equal("test.csv", error.DataSource);
    }

    [Fact]
    public void Unknown_answer_error_carries_value_and_expectation()
    {
        var error = Fails("respondent,feature,functional,dysfunctional\nr1,wifi,1,6\n");
        Assert.Equal("6", error.Value);
        Assert.Contains("1–5", error.Expected);
        Assert.Contains("(expected a code 1–5", error.Message);
    }

    [Fact]
    public void Line_numbers_count_line_breaks_inside_quoted_fields()
    {
        var error = Fails("respondent,feature,functional,dysfunctional\n\"r\n1\",wifi,1,5\nr2,wifi,1,9\n");
        Assert.Equal(4, error.Line);
        Assert.Equal(11, error.Column);
    }

    [Fact]
    public void Invalid_utf8_is_located()
    {
        // Stated as UTF-8: read unstated, these bytes are valid Windows-1252 ("wiÃ(") and the file reads as that (issue 9).
        byte[] bytes = [.. Encoding.UTF8.GetBytes("feature,A,O,M,I,R,Q\nwi"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(",1,0,0,0,0,0\n")];
        var error = Assert.Throws<KanoDataException>(() => Parse(bytes, Keep with { Encoding = "utf-8" }));
        Assert.Equal((2, 3), (error.Line, error.Column));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public void Binary_junk_is_refused_as_binary()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10];
        var error = Assert.Throws<KanoDataException>(() => Parse(bytes));
        Assert.Equal((1, 5), (error.Line, error.Column));
        Assert.Contains("binary", error.Message);
    }

    [Fact]
    public void The_bundled_sample_survey_reads_every_respondent()
    {
        var data = SurveyFile.Read(TestData.SamplePath("banking-app.csv"), Keep);
        Assert.Equal(SurveyLayout.Wide, data.Layout);
        Assert.Equal(240, data.Survey!.RespondentCount);
        Assert.Equal(12, data.Survey.Features.Count);
        Assert.Equal(["plan", "age_group"], data.Survey.Attributes.Select(a => a.Name));
        Assert.All(data.Tallies.Features, t => Assert.Equal(240, t.Tally.Total + t.Tally.Missing));
        Assert.Equal(KanoCategory.MustBe, data.Tallies.Analyze()["secure_login"].Category);
    }
}
