using System.IO.Compression;
using System.Text;
using KanoKit.Analysis;
using KanoKit.Excel;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Tests.Reading;

/// <summary>The reproducers of issue 10: each input once escaped as another exception, misattributed answers or lost data.</summary>
public class HardeningTests
{
    private static readonly SurveyReadOptions Lenient = new() { Mode = ReadMode.Lenient };

    public static TheoryData<string, string, string> DamagedWorkbooks => new()
    {
        { "a sheet that is not XML", "xl/worksheets/sheet1.xml", "this is not xml at all" },
        { "a value with a child element", "xl/worksheets/sheet1.xml", "<v><b/>1</v>" },
        { "a DTD", "xl/worksheets/sheet1.xml", "<!DOCTYPE x [<!ENTITY a \"aaa\">]>" },
        { "an invalid character", "xl/worksheets/sheet1.xml", "\u0001" },
        { "a sheet without sheetId", "xl/workbook.xml", " sheetId=\"1\"" },
        { "a cell past XFD (7 letters)", "xl/worksheets/sheet1.xml", "ZZZZZZZ2" },
        { "a cell past XFD (6 letters, a 6.5 GB allocation)", "xl/worksheets/sheet1.xml", "ZZZZZZ2" },
        { "a row past 1048576", "xl/worksheets/sheet1.xml", "row r=\"9999999\"" },
    };

    [Theory]
    [MemberData(nameof(DamagedWorkbooks))]
    public void A_damaged_workbook_is_a_located_error(string what, string part, string damage)
    {
        var workbook = Damage(part, damage);
        foreach (var options in new[] { SurveyReadOptions.Default, Lenient })
        {
            var error = Record.Exception(() => KanoExcel.Read(new MemoryStream(workbook), "bad.xlsx", options));
            var located = Assert.IsType<KanoDataException>(error);
            Assert.True(located.Line >= 1 && located.Column >= 1, what);
            Assert.DoesNotContain('\n', located.Message);
        }
    }

    [Fact]
    public void A_corrupt_compressed_entry_is_a_located_error()
    {
        byte[] workbook = Workbook.Create(("S", [["id", "a_f", "a_d"], ["x", "1", "5"]]), ("T", [["id", "a_f", "a_d"], ["x", "1", "5"]]));
        // Damage the compressed bytes of the second sheet (its local header is the last "PK\x03\x04" before the directory).
        int directory = LastIndexOf(workbook, [0x50, 0x4B, 0x01, 0x02], workbook.Length);
        int second = LastIndexOf(workbook, [0x50, 0x4B, 0x03, 0x04], directory);
        for (int i = second + 40; i < directory - 4; i += 3)
        {
            workbook[i] ^= 0x5A;
        }

        var error = Record.Exception(() => KanoExcel.Read(new MemoryStream(workbook), "bad.xlsx", SurveyReadOptions.Default, "T"));
        Assert.IsType<KanoDataException>(error);
    }

    [Fact]
    public void A_date_styled_answer_cell_is_its_serial_number()
    {
        var workbook = Damage("xl/worksheets/sheet1.xml", null, xml => xml.Replace("<c r=\"B2\"><v>1</v></c>", "<c r=\"B2\" s=\"1\"><v>1</v></c>", StringComparison.Ordinal), withDateStyle: true);
        var data = KanoExcel.Read(new MemoryStream(workbook), "dates.xlsx");
        Assert.Equal(1, data.Tallies.Features[0].Tally[Answer.Like, Answer.Dislike]);
        Assert.Equal(2, data.Respondents);
    }

    [Fact]
    public void Json_strings_that_are_not_text_are_located_errors()
    {
        foreach (string json in new[] { "[{\"id\":\"a\",\"x_f\":\"\\ud800\",\"x_d\":5}]", "[{\"id\":\"a\",\"x_f\":\"\\udc00\",\"x_d\":5}]" })
        {
            var error = Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json"));
            Assert.Equal((1, 19), (error.Line, error.Column)); // the string's first character, where a cell's problems point
            var data = SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)), "bad.json", Lenient);
            Assert.Equal(1, data.Tallies.Features[0].Rejected);
        }

        byte[] invalidUtf8 = [.. Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"x_f\":\""), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\",\"x_d\":5}]")];
        Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(invalidUtf8), "bad.json"));
        Assert.Equal(1, SurveyFile.ReadJson(new MemoryStream(invalidUtf8), "bad.json", Lenient).Tallies.Features[0].Rejected);
    }

    [Fact]
    public void Text_after_the_top_level_json_array_is_an_error()
    {
        var json = Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"x_f\":1,\"x_d\":5}]\n{\"id\":\"b\"}");
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(json), "bad.json"));
        Assert.Equal(DiagnosticKind.Syntax, error.Kind);
        Assert.Equal(2, error.Line);
        Assert.Equal(2, SurveyFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"x_f\":1,\"x_d\":5}] \n // done\n")), "ok.json").Tallies.Features[0].Tally.Total + 1);
    }

    [Fact]
    public void A_json_document_past_its_limit_and_a_long_string_name_the_limit()
    {
        var json = Encoding.UTF8.GetBytes("[{\"id\":\"a\",\"x_f\":\"" + new string('1', 5000) + "\",\"x_d\":5}]");
        Assert.Contains("MaxFieldLength", Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(json), "big.json", new SurveyReadOptions { MaxFieldLength = 1000 })).Message);
        Assert.Contains("MaxDocumentLength", Assert.Throws<KanoDataException>(() => SurveyFile.ReadJson(new MemoryStream(json), "big.json", new SurveyReadOptions { MaxDocumentLength = 1000 })).Message);
    }

    [Fact]
    public void A_huge_importance_is_a_bad_number_and_the_report_is_always_written()
    {
        const string Csv = "respondent,feature,functional,dysfunctional,importance\na,wifi,1,5,1e200\nb,wifi,1,5,1e300\nc,wifi,2,4,3\n";
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), "big.csv"));
        Assert.Equal((2, 12, DiagnosticKind.BadNumber), (error.Line, error.Column, error.Kind));
        var data = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), "big.csv", Lenient);
        Assert.Contains("\"importance\"", KanoJson.Serialize(data.Tallies.Analyze()), StringComparison.Ordinal);
        var extreme = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(Csv.Replace("1e200", "1e15").Replace("1e300", "-1e15"))), "edge.csv");
        Assert.NotEmpty(KanoJson.Serialize(extreme.Tallies.Analyze()));
    }

    [Fact]
    public void A_value_with_line_breaks_is_echoed_on_one_line_and_cut()
    {
        string csv = "id,wifi_functional,wifi_dysfunctional\na,\"1\nsecond line\r\nthird\",5\n";
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "nl.csv"));
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\r', error.Message);
        Assert.Contains("1\\nsecond line\\r\\nthird", error.Message, StringComparison.Ordinal);

        string huge = "id,wifi_functional,wifi_dysfunctional\na," + new string('x', 100_000) + ",5\n";
        var cut = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(huge)), "long.csv"));
        Assert.True(cut.Message.Length < 1000, $"{cut.Message.Length} characters");
        Assert.True(cut.Value!.Length <= KanoDiagnostic.MaxValueLength + 1);
    }

    [Theory]
    [InlineData("a,7,7\nb,1,5\n", 2, 3)]
    [InlineData("a,7,7\nb,9,9\nc,0,6\nd,1,5\n", 2, 3)]
    [InlineData("a,,7\nb,1,5\n", 2, 4)]
    public void Leading_rows_of_invalid_codes_are_data_not_header_rows(string rows, int line, int column)
    {
        var csv = Encoding.UTF8.GetBytes("id,wifi_functional,wifi_dysfunctional\n" + rows);
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(csv), "codes.csv"));
        Assert.Equal((line, column, DiagnosticKind.UnknownAnswer), (error.Line, error.Column, error.Kind));
        var data = SurveyFile.Read(new MemoryStream(csv), "codes.csv", Lenient);
        Assert.Equal(0, data.SkippedHeaderRows);
        Assert.Equal(data.Respondents, data.Tallies.Features[0].Rejected + data.Tallies.Features[0].Tally.Total);
    }

    [Fact]
    public void Leading_question_text_rows_are_still_header_rows()
    {
        var csv = Encoding.UTF8.GetBytes("id,wifi_functional,wifi_dysfunctional\nid,How do you feel with wifi?,How do you feel without wifi?\n{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID1_1\"},{\"ImportId\":\"QID1_2\"}\na,1,5\n");
        var data = SurveyFile.Read(new MemoryStream(csv), "qualtrics.csv");
        Assert.Equal((2, 1L), (data.SkippedHeaderRows, data.Respondents));
    }

    [Theory]
    [InlineData(1_000, 500)]
    [InlineData(20_000, 15_000)]
    public void A_lone_surrogate_in_utf16_is_located_and_the_rest_is_read(int rows, int badRow)
    {
        var text = new StringBuilder("id,wifi_functional,wifi_dysfunctional\n");
        for (int r = 1; r <= rows; r++)
        {
            text.Append('r').Append(r).Append(r == badRow ? ",1,\ud800\n" : ",1,5\n");
        }

        // Encoders replace lone surrogates, so the bytes are written by hand (UTF-16LE).
        byte[] bytes = [0xFF, 0xFE, .. text.ToString().SelectMany(c => new[] { (byte)c, (byte)(c >> 8) })];
        var error = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(bytes), "utf16.csv"));
        Assert.Equal((badRow + 1, $"r{badRow},1,".Length + 1, DiagnosticKind.Encoding), (error.Line, error.Column, error.Kind));
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
        var data = SurveyFile.Read(new MemoryStream(bytes), "utf16.csv", Lenient);
        Assert.Equal(rows, data.Respondents);
        Assert.Equal((rows - 1L, 1L), (data.Tallies.Features[0].Tally.Total, data.Tallies.Features[0].Rejected));
    }

    [Theory]
    [InlineData(false, 10)]
    [InlineData(true, 10)]
    [InlineData(false, 40_000)]
    [InlineData(true, 40_000)]
    public void Utf16_with_surrogate_pairs_in_either_byte_order_reads_whole(bool bigEndian, int rows)
    {
        var text = new StringBuilder("id,wifi_functional,wifi_dysfunctional\n");
        for (int r = 1; r <= rows; r++)
        {
            text.Append(r % 7 == 0 ? "\ud83d\ude00" : "r").Append(r).Append(",1,5\n");
        }

        byte[] bytes = [.. bigEndian ? new byte[] { 0xFE, 0xFF } : [0xFF, 0xFE], .. new UnicodeEncoding(bigEndian, false, true).GetBytes(text.ToString())];
        var data = SurveyFile.Read(new MemoryStream(bytes), "utf16.csv", new SurveyReadOptions { KeepRespondents = true });
        Assert.Equal(rows, data.Tallies.Features[0].Tally.Total);
        Assert.Equal("\ud83d\ude007", data.Survey!.Respondents[6]);
    }

    [Fact]
    public void Records_and_columns_past_their_limits_name_the_limit()
    {
        var wide = Encoding.UTF8.GetBytes("id," + string.Join(',', Enumerable.Range(0, 2000).Select(i => $"f{i}_functional,f{i}_dysfunctional")) + "\n");
        Assert.Contains("MaxColumns", Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(wide), "w.csv", new SurveyReadOptions { MaxColumns = 1000 })).Message);
        Assert.Contains("MaxRecordLength", Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(wide), "w.csv", new SurveyReadOptions { MaxRecordLength = 10_000 })).Message);
        var lenient = Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(wide), "w.csv", Lenient with { MaxRecordLength = 10_000 }));
        Assert.Equal((1, 1), (lenient.Line, lenient.Column));
    }

    [Fact]
    public void Long_files_past_the_feature_limit_name_it_and_within_it_count_every_pair()
    {
        var text = new StringBuilder("respondent,feature,functional,dysfunctional\n");
        for (int r = 0; r < 3000; r++)
        {
            text.Append('r').Append(r).Append(",f").Append(r).Append(",1,5\n").Append('r').Append(r).Append(",common,2,4\n");
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.Contains("MaxFeatures", Assert.Throws<KanoDataException>(() => SurveyFile.Read(new MemoryStream(bytes), "l.csv", new SurveyReadOptions { MaxFeatures = 100 })).Message);
        var data = SurveyFile.Read(new MemoryStream(bytes), "l.csv");
        Assert.Equal(3001, data.Tallies.Features.Count);
        Assert.All(data.Tallies.Features, f => Assert.Equal(3000, f.Tally.Total + f.Tally.Missing));
        Assert.Equal(3000, data.Tallies.Features.Single(f => f.Name == "common").Tally.Total);
    }

    [Fact]
    public void A_repeated_pair_is_found_however_the_answered_sets_are_held()
    {
        var text = new StringBuilder("respondent,feature,functional,dysfunctional\n");
        for (int r = 0; r < 500; r++)
        {
            text.Append('r').Append(r).Append(",common,1,5\n");
        }

        text.Append("r3,common,1,5\nr499,common,2,4\n");
        var data = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "dup.csv", Lenient);
        Assert.Equal(2, data.DiagnosticCount(DiagnosticKind.BadRespondent));
        Assert.Equal(500, data.Tallies.Features[0].Tally.Total);
    }

    [Fact]
    public void A_null_feature_name_is_api_misuse_never_a_null_reference()
    {
        var tally = PairTally.Count(new[] { Answer.Like }, new[] { Answer.Dislike });
        var error = Record.Exception(() => ReportTable.Write(KanoAnalysis.Analyze([new KanoKit.Tallies.FeatureTally(null!, tally)]), TextWriter.Null));
        Assert.IsAssignableFrom<ArgumentException>(error);
    }

    private static byte[] Damage(string part, string? damage, Func<string, string>? edit = null, bool withDateStyle = false)
    {
        byte[] seed = Workbook.Create(("Survey", [["id", "wifi_functional", "wifi_dysfunctional"], ["a", "1", "5"], ["b", "2", "4"]]));
        edit ??= xml => damage switch
        {
            "this is not xml at all" => damage,
            "<v><b/>1</v>" => xml.Replace("<v>1</v>", damage, StringComparison.Ordinal),
            "\u0001" => xml.Replace("<v>1</v>", "<v>1\u0001</v>", StringComparison.Ordinal),
            " sheetId=\"1\"" => xml.Replace(damage, string.Empty, StringComparison.Ordinal),
            "row r=\"9999999\"" => xml.Replace("row r=\"2\"", damage, StringComparison.Ordinal),
            "ZZZZZZZ2" or "ZZZZZZ2" => xml.Replace("r=\"B2\"", $"r=\"{damage}\"", StringComparison.Ordinal),
            _ => xml.Replace("?>", "?>" + damage, StringComparison.Ordinal),
        };
        using var input = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                string xml = reader.ReadToEnd();
                xml = entry.FullName == part ? edit(xml) : xml;
                if (withDateStyle && entry.FullName == "[Content_Types].xml")
                {
                    xml = xml.Replace("</Types>", "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>", StringComparison.Ordinal);
                }

                if (withDateStyle && entry.FullName == "xl/_rels/workbook.xml.rels")
                {
                    xml = xml.Replace("</Relationships>", "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>", StringComparison.Ordinal);
                }

                using var writer = new StreamWriter(zip.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }

            if (withDateStyle)
            {
                using var writer = new StreamWriter(zip.CreateEntry("xl/styles.xml").Open(), new UTF8Encoding(false));
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            }
        }

        return output.ToArray();
    }

    private static int LastIndexOf(byte[] bytes, byte[] pattern, int before) => bytes.AsSpan(0, before).LastIndexOf(pattern);
}
