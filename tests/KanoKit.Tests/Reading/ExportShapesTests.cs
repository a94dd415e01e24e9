using System.Text;
using KanoKit.Answers;
using KanoKit.Excel;
using KanoKit.Reading;
using KanoKit.Writing;
using KanoKit.Analysis;

namespace KanoKit.Tests.Reading;

/// <summary>The shapes real survey tools export, each as a small realistic fixture.</summary>
public class ExportShapesTests
{
    private static SurveyData Read(string text, SurveyReadOptions? options = null) =>
        SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "export.csv", options);

    private static long Cell(SurveyData data, int feature, Answer f, Answer d) => data.Tallies.Features[feature].Tally[f, d];

    [Theory]
    [InlineData("wifi_func,wifi_dysf")]
    [InlineData("wifi_f,wifi_d")]
    [InlineData("WIFI_F,wifi_D")]
    [InlineData("wifi (functional),wifi (dysfunctional)")]
    [InlineData("wifi(functional),wifi(dysfunctional)")]
    [InlineData("F_wifi,D_wifi")]
    [InlineData("functional_wifi,dysfunctional_wifi")]
    [InlineData("Wifi_Functional,WIFI_DYSFUNCTIONAL")]
    public void Wide_columns_pair_by_every_common_naming(string columns)
    {
        var data = Read($"id,{columns}\na,1,5\nb,2,5\n");
        Assert.Equal("wifi", data.Tallies.Features.Single().Name, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(1, Cell(data, 0, Answer.MustBe, Answer.Dislike));
    }

    [Fact]
    public void Importance_columns_give_importance_and_other_columns_stay_respondent_attributes()
    {
        var data = Read(
            "respondent,segment,age,wifi_functional,wifi_dysfunctional,wifi_importance,tv_functional,tv_dysfunctional\n"
            + "r1,business,34,1,5,9,3,3\nr2,leisure,51,2,5,7,1,4\nr3,leisure,,1,5,,3,3\n",
            new SurveyReadOptions { KeepRespondents = true });

        Assert.Equal(["wifi", "tv"], data.Tallies.Features.Select(t => t.Name));
        Assert.Equal(2, data.Tallies.Features[0].Importance.Count);
        Assert.Equal(8, data.Tallies.Features[0].Importance.Mean);
        Assert.Equal(["segment", "age"], data.Survey!.Attributes.Select(a => a.Name));
        var report = data.Tallies.Analyze();
        Assert.Equal(8, report["wifi"].Importance!.Mean);
        Assert.Equal(Math.Sqrt(2), report["wifi"].Importance!.Sd!.Value, 12);
        Assert.Null(report["tv"].Importance);
    }

    [Fact]
    public void Columns_pair_by_position_after_the_id_column()
    {
        var data = Read("id,Q1,Q2,Q3,Q4\na,1,5,3,3\nb,1,5,2,5\n", new SurveyReadOptions { PairByPosition = true });
        Assert.Equal(["Q1", "Q3"], data.Tallies.Features.Select(t => t.Name));
        Assert.Equal(2, Cell(data, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(1, Cell(data, 1, Answer.MustBe, Answer.Dislike));
    }

    [Fact]
    public void A_file_without_header_pairs_by_position_like_the_krano_example()
    {
        var data = SurveyFile.Read(TestData.PathOf("krano-example", "data.csv"), new SurveyReadOptions { HasHeader = false, PairByPosition = true, FirstPairColumn = 1 });
        Assert.Equal(7, data.Tallies.Features.Count);
        Assert.Equal(8, data.Respondents);
        var report = data.Tallies.Analyze();
        Assert.Equal(new CategoryCounts(0, 0, 5, 2, 0, 1), report["feature 7"].Counts);
        Assert.Equal(-0.7143, Math.Round(report["feature 7"].Worse!.Value, 4));
    }

    [Fact]
    public void Qualtrics_export_with_question_text_and_import_id_rows_is_read()
    {
        string qualtrics =
            "StartDate,EndDate,ResponseId,Q1_1,Q1_2,Q2_1,Q2_2\n"
            + "Start Date,End Date,Response ID,\"Wi-Fi - If the room has free Wi-Fi, how do you feel?\",\"Wi-Fi - If the room has no free Wi-Fi, how do you feel?\",Minibar - present,Minibar - absent\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID1_2\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_2\"\"}\"\n"
            + "2026-11-01 10:00:00,2026-11-01 10:04:00,R_1a,I like it,I dislike it,I am neutral,I can live with it\r\n"
            + "2026-11-01 11:00:00,2026-11-01 11:03:00,R_2b,I expect it,I dislike it,I like it,I am neutral\r\n";
        var definition = SurveyDefinition.Parse(
            """
            { "respondent": "ResponseId",
              "features": [
                { "name": "Wi-Fi", "functional": "Q1_1", "dysfunctional": "Q1_2" },
                { "name": "Minibar", "functional": "Q2_1", "dysfunctional": "Q2_2" } ] }
            """, "qualtrics.json");

        var detected = Read(qualtrics, new SurveyReadOptions { Definition = definition });
        var stated = Read(qualtrics, new SurveyReadOptions { Definition = definition with { HeaderRows = 2 } });

        foreach (var data in new[] { detected, stated })
        {
            Assert.Equal(2, data.SkippedHeaderRows);
            Assert.Equal(2, data.Respondents);
            Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Dislike));
            Assert.Equal(1, Cell(data, 0, Answer.MustBe, Answer.Dislike));
            Assert.Equal(1, Cell(data, 1, Answer.Like, Answer.Neutral));
        }
    }

    [Fact]
    public void SurveyMonkey_export_with_a_second_header_row_is_read()
    {
        string monkey =
            "Respondent ID,Collector ID,wifi_functional,wifi_dysfunctional\n"
            + ",,Response,Response\n"
            + "114,431,I like it,I dislike it\n"
            + "115,431,I like it,I can live with it\n";
        var data = Read(monkey);
        Assert.Equal(1, data.SkippedHeaderRows);
        Assert.Equal(2, data.Respondents);
        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.LiveWith));
    }

    [Fact]
    public void Google_Forms_export_with_timestamp_and_question_headers_reads_with_a_definition()
    {
        string forms =
            "Timestamp,\"If the app had dark mode, how would you feel?\",\"If the app had no dark mode, how would you feel?\",Plan\n"
            + "2026/11/20 9:14:02 AM GMT+1,I like it,I am neutral,Free\n"
            + "2026/11/20 9:20:41 AM GMT+1,I am neutral,I am neutral,Pro\n";
        var definition = SurveyDefinition.Parse(
            """{ "segments": ["Plan"], "features": [ { "name": "Dark mode", "functional": "#2", "dysfunctional": "#3" } ] }""", "forms.json");

        var data = Read(forms, new SurveyReadOptions { Definition = definition });

        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Neutral));
        Assert.Equal(["Free", "Pro"], data.Tallies.Segments.Select(s => s.Value));
        Assert.All(data.Tallies.Segments, s => Assert.Equal(1, s.Respondents));
    }

    [Theory]
    [InlineData(';', "\r\n")]
    [InlineData('\t', "\n")]
    [InlineData(',', "\r")]
    public void Delimiters_and_line_endings_are_detected(char delimiter, string newline)
    {
        string text = string.Join(newline, $"id{delimiter}wifi_functional{delimiter}wifi_dysfunctional", $"\"a{delimiter} \"\"x\"\"\"{delimiter}\"I like it\"{delimiter}5", $"b{delimiter}1{delimiter}5") + newline;
        var data = Read(text, new SurveyReadOptions { KeepRespondents = true });
        Assert.Equal(2, data.Respondents);
        Assert.Equal($"a{delimiter} \"x\"", data.Survey!.Respondents[0]);
        Assert.Equal(2, Cell(data, 0, Answer.Like, Answer.Dislike));
    }

    [Fact]
    public void Utf16_and_utf8_bom_files_read_the_same()
    {
        string text = "id,wifi_functional,wifi_dysfunctional\nä,Das würde mich sehr freuen,Das würde mich sehr stören\n";
        var utf8 = SurveyFile.Read(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]), "u8.csv");
        var utf16 = SurveyFile.Read(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), "u16.csv");
        var utf16be = SurveyFile.Read(new MemoryStream([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]), "u16be.csv");
        Assert.Equal(1, Cell(utf8, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(utf8.Tallies.Features[0].Tally, utf16.Tallies.Features[0].Tally);
        Assert.Equal(utf8.Tallies.Features[0].Tally, utf16be.Tallies.Features[0].Tally);
    }

    [Theory]
    [InlineData("I like it", "I dislike it")]
    [InlineData("Das würde mich sehr freuen", "Das würde mich sehr stören")]
    [InlineData("我喜欢", "我不喜欢")]
    [InlineData("我喜歡", "我不喜歡")]
    [InlineData("気に入る", "気に入らない")]
    [InlineData("Me gusta", "No me gusta")]
    public void Text_answers_in_the_six_built_in_languages(string like, string dislike)
    {
        var data = Read($"id,wifi_functional,wifi_dysfunctional\na,{like},{dislike}\n");
        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Dislike));
    }

    [Theory]
    [InlineData("standard", "1", "5")]
    [InlineData("reversed", "5", "1")]
    [InlineData("zero-based", "0", "4")]
    public void Codes_in_standard_reversed_and_zero_based_order(string scale, string like, string dislike)
    {
        var options = new SurveyReadOptions
        {
            Scale = scale switch { "reversed" => AnswerScale.Reversed, "zero-based" => AnswerScale.ZeroBased, _ => AnswerScale.Standard },
        };
        var data = Read($"id,wifi_functional,wifi_dysfunctional\na,{like},{dislike}\n", options);
        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Dislike));
    }

    [Fact]
    public void A_definition_can_state_a_custom_scale()
    {
        var definition = SurveyDefinition.Parse(
            """
            { "scale": { "name": "smileys", "codes": { "10": "Like", "20": "Dislike" }, "labels": { "yay": "Like" }, "builtInLabels": false },
              "features": [ { "name": "wifi", "functional": "f", "dysfunctional": "d" } ] }
            """, "scale.json");
        var data = Read("id,f,d\na,yay,20\nb,10,20\n", new SurveyReadOptions { Definition = definition });
        Assert.Equal(2, Cell(data, 0, Answer.Like, Answer.Dislike));
        Assert.Throws<KanoDataException>(() => Read("id,f,d\na,I like it,20\n", new SurveyReadOptions { Definition = definition }));
    }

    [Theory]
    [InlineData("{ \"features\": [ { \"name\": \"x\" ", 1, "not valid")]
    [InlineData("{ \"features\": [], \"colour\": 3 }", 1, "unknown member 'colour' in the definition")]
    [InlineData("{ \"features\": [ { \"name\": \"x\", \"functional\": \"a\" } ] }", 1, "lacks a name, functional or dysfunctional")]
    [InlineData("{ \"features\": [ { \"name\": \"x\", \"functional\": \"a\", \"dysfunctional\": \"b\" }, { \"name\": \"x\", \"functional\": \"c\", \"dysfunctional\": \"d\" } ] }", 1, "names feature 'x' twice")]
    [InlineData("{ \"scale\": { \"codes\": { \"one\": \"Like\" } }, \"features\": [] }", 1, "scale is not valid")]
    public void A_bad_definition_is_a_located_error(string json, int line, string problem)
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyDefinition.Parse(json, "survey.json"));
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith("survey.json:", error.Message);
    }

    [Fact]
    public void A_definition_naming_a_missing_column_is_an_error_naming_it()
    {
        var definition = SurveyDefinition.Parse("""{ "features": [ { "name": "wifi", "functional": "Q9_1", "dysfunctional": "Q1_2" } ] }""", "d.json");
        var error = Assert.Throws<KanoDataException>(() => Read("id,Q1_1,Q1_2\na,1,5\n", new SurveyReadOptions { Definition = definition }));
        Assert.Contains("functional column 'Q9_1' for feature 'wifi' is not in the header", error.Message);
    }

    [Fact]
    public void Json_array_of_respondent_objects_reads_as_wide()
    {
        string json = """
            [
              { "respondent": "r1", "plan": "pro", "wifi_functional": 1, "wifi_dysfunctional": "I dislike it" },
              { "respondent": "r2", "plan": "free", "wifi_functional": "I like it", "wifi_dysfunctional": 5 },
              { "respondent": "r3", "plan": "free", "wifi_functional": null }
            ]
            """;
        var data = SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "answers.json", new SurveyReadOptions { Segments = ["plan"] });
        Assert.Equal(SurveyLayout.Wide, data.Layout);
        Assert.Equal(3, data.Respondents);
        Assert.Equal(2, Cell(data, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(1, data.Tallies.Features[0].Tally.Missing);
        Assert.Equal(["pro", "free"], data.Tallies.Segments.Select(s => s.Value));
    }

    [Fact]
    public void Json_long_records_read_as_long()
    {
        string json = """[ { "respondent": 1, "feature": "wifi", "functional": 1, "dysfunctional": 5 }, { "respondent": 2, "feature": "wifi", "functional": 3, "dysfunctional": 3 } ]""";
        var data = SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "long.json");
        Assert.Equal(SurveyLayout.Long, data.Layout);
        Assert.Equal(1, Cell(data, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(1, Cell(data, 0, Answer.Neutral, Answer.Neutral));
    }

    [Fact]
    public void Json_errors_are_located()
    {
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(
            new MemoryStream(Encoding.UTF8.GetBytes("[\n  { \"id\": \"a\", \"wifi_functional\": 1, \"wifi_dysfunctional\": 9 }\n]")), "bad.json"));
        Assert.Equal((2, 60), (error.Line, error.Column));
        Assert.Contains("'9' is not an answer", error.Message);

        var syntax = Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("[\n  { \"id\": ")), "cut.json"));
        Assert.Equal(2, syntax.Line);
        Assert.Contains("not valid JSON", syntax.Message);
    }

    [Fact]
    public void Excel_workbook_first_or_named_sheet()
    {
        byte[] workbook = Workbook.Create(
            ("Notes", [["exported by the survey tool"]]),
            ("Answers", [["id", "wifi_functional", "wifi_dysfunctional"], ["a", "1", "5"], ["b", "I like it", "I dislike it"], ["c", "3", null]]));

        var named = KanoExcel.Read(new MemoryStream(workbook), "survey.xlsx", sheet: "answers");
        Assert.Equal(3, named.Respondents);
        Assert.Equal(2, Cell(named, 0, Answer.Like, Answer.Dislike));
        Assert.Equal(1, named.Tallies.Features[0].Tally.Missing);

        var first = Assert.Throws<KanoDataException>(() => KanoExcel.Read(new MemoryStream(workbook), "survey.xlsx"));
        Assert.Contains("no functional/dysfunctional column pairs", first.Message);
        var missing = Assert.Throws<KanoDataException>(() => KanoExcel.Read(new MemoryStream(workbook), "survey.xlsx", sheet: "Sheet9"));
        Assert.Contains("no sheet 'Sheet9'", missing.Message);
        Assert.Contains("'Answers'", missing.Message);
    }

    [Fact]
    public void Excel_errors_name_the_spreadsheet_row_and_column()
    {
        byte[] workbook = Workbook.Create(("Sheet1", [["id", "wifi_functional", "wifi_dysfunctional"], ["a", "1", "5"], ["b", "1", "I adore it"]]));
        var error = Assert.Throws<KanoDataException>(() => KanoExcel.Read(new MemoryStream(workbook), "survey.xlsx"));
        Assert.Equal((3, 3), (error.Line, error.Column));
        var notAWorkbook = Assert.Throws<KanoDataException>(() => KanoExcel.Read(new MemoryStream(Encoding.UTF8.GetBytes("id,a\n")), "fake.xlsx"));
        Assert.Contains("not a readable Excel workbook", notAWorkbook.Message);
    }

    [Fact]
    public void Segments_analyse_every_feature_within_each_value()
    {
        var data = SurveyFile.Read(TestData.SamplePath("banking-app.csv"), new SurveyReadOptions { Segments = ["plan"] });
        var report = data.Tallies.Analyze();
        Assert.Equal(["Basic", "Premium"], report.Segments.Select(s => s.Value).Order());
        Assert.Equal(240, report.Segments.Sum(s => s.Respondents));
        foreach (var feature in report.Features)
        {
            var parts = report.Segments.Select(s => s.Features.Single(f => f.Name == feature.Name)).ToList();
            Assert.Equal(feature.N, parts.Sum(p => p.N));
            Assert.Equal(feature.Counts, parts.Aggregate(default(CategoryCounts), (sum, p) => sum + p.Counts));
        }
    }

    [Fact]
    public void An_unknown_segment_column_is_an_error()
    {
        var error = Assert.Throws<KanoDataException>(() => Read("id,wifi_f,wifi_d\na,1,5\n", new SurveyReadOptions { Segments = ["region"] }));
        Assert.Contains("no segment column 'region'", error.Message);
    }
}
