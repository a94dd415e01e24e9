using System.IO.Compression;
using System.Text;
using KanoKit.Excel;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>
/// The streaming .xlsx reader against the cell forms of ECMA-376 Part 1 §18.3.1.4 (c), §18.4 (shared strings, rich
/// runs, phonetic runs) and XML 1.0 §4.1 (character and entity references), compared with the text each cell holds.
/// </summary>
public class XlsxSheetRowsTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Every_cell_form_reads_as_its_text()
    {
        string strings = $"<sst xmlns=\"{Main}\"><si><t>id</t></si><si><r><t>wifi_</t></r><r><rPr/><t>functional</t></r><rPh><t>ignored</t></rPh></si><si><t xml:space=\"preserve\">a &amp; b</t></si></sst>";
        string sheet = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:worksheet xmlns:x=\"{Main}\"><!-- a comment --><x:sheetData>"
            + "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" t=\"s\"><x:v>1</x:v></x:c><x:c r=\"D1\" t=\"inlineStr\"><x:is><x:t>x&lt;y&#x41;&#66;</x:t></x:is></x:c></x:row>"
            + "<x:row r=\"3\"><x:c t=\"s\"><x:v>2</x:v></x:c><x:c><x:v>3.0</x:v></x:c><x:c t=\"b\"><x:v>1</x:v></x:c><x:c t=\"str\"><x:f>A1</x:f><x:v>007</x:v></x:c></x:row>"
            + "<x:row r=\"4\"><x:c r=\"B4\"><x:v>1E0</x:v></x:c><x:c r=\"C4\"><x:v><![CDATA[2.5]]></x:v></x:c></x:row>"
            + "<x:row r=\"5\"/><x:row r=\"6\"><x:c r=\"A6\"/></x:row>"
            + "</x:sheetData></x:worksheet>";
        using var rows = XlsxSheetRows.Open(new MemoryStream(Package(sheet, strings)), "forms.xlsx", null, SurveyReadOptions.Default);

        Assert.True(rows.MoveNext());
        Assert.Equal(["id", "wifi_functional", "", "x<yAB"], Fields(rows));
        Assert.Equal(1, rows.Line);

        Assert.True(rows.MoveNext());
        Assert.Equal(["a & b", "3", "true", "007"], Fields(rows));
        Assert.Equal(3, rows.LineOf(2));
        Assert.Equal(3, rows.ColumnOf(2));

        Assert.True(rows.MoveNext());
        Assert.Equal(["", "1", "2.5", ""], Fields(rows));
        Assert.Equal(4, rows.Line);

        Assert.False(rows.MoveNext()); // rows 5 and 6 hold nothing
    }

    [Theory]
    [InlineData("<c r=\"A2\"><v>1</c></row>")]
    [InlineData("<c r=\"A2\"><v>1&bogus;</v></c></row>")]
    [InlineData("<c r=\"A2\"><v>1</v></c>")]
    [InlineData("<c r=\"A2\" t=\"s\"><v>7</v></c></row>")]
    public void Damaged_sheet_xml_is_a_located_error(string damage)
    {
        string sheet = $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row><row r=\"2\">{damage}</sheetData></worksheet>";
        var error = Assert.Throws<KanoDataException>(() =>
        {
            using var rows = XlsxSheetRows.Open(new MemoryStream(Package(sheet, null)), "bad.xlsx", null, SurveyReadOptions.Default);
            while (rows.MoveNext())
            {
            }
        });
        Assert.True(error.Line >= 1 && error.Column >= 1);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static string[] Fields(XlsxSheetRows rows) => [.. Enumerable.Range(0, rows.FieldCount).Select(i => rows.Field(i).ToString())];

    private static byte[] Package(string sheet, string? strings)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"/xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml", $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"sheets/../worksheets/data.xml\"/>"
                + (strings is null ? string.Empty : "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"strings.xml\"/>") + "</Relationships>");
            Write(zip, "xl/worksheets/data.xml", sheet);
            if (strings is not null)
            {
                Write(zip, "xl/strings.xml", strings);
            }
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
