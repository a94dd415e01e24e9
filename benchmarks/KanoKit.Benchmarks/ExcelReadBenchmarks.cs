using System.Globalization;
using System.IO.Compression;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using KanoKit.Answers;
using KanoKit.Excel;
using MiniExcelLibs;

namespace KanoKit.Benchmarks;

/// <summary>
/// Reading an .xlsx workbook (respondents × 20 features as numeric cells, the header as shared strings — the shape
/// spreadsheet exports have; about 12 MB for 100,000 respondents) into per-feature tallies: KanoKit.Excel's streaming
/// reader against ExcelDataReader (baseline: the reader KanoKit.Excel used before, one object per cell) and MiniExcel,
/// each feeding the same tallies. Setup asserts that all three count the same.
/// </summary>
[MemoryDiagnoser]
public class ExcelReadBenchmarks
{
    private const int Features = 20;
    private string _path = string.Empty;

    [Params(100_000)]
    public int Respondents { get; set; }

    /// <summary>Writes the workbook: for each respondent an id and 40 codes 1–5 from <c>new Random(1)</c>, as the wide CSV benchmark file.</summary>
    public static void Write(string path, int respondents)
    {
        string[] header = ["respondent", .. Enumerable.Range(0, Features).SelectMany(f => new[] { $"f{f}_functional", $"f{f}_dysfunctional" })];
        using var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
        Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Part("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Survey\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
        Part("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"41\" uniqueCount=\"41\">" + string.Concat(header.Select(h => $"<si><t>{h}</t></si>")) + "</sst>");

        using var sheet = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open(), new UTF8Encoding(false), 1 << 16);
        sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><dimension ref=\"A1:{Column(header.Length - 1)}{respondents + 1}\"/><sheetData><row r=\"1\">"));
        for (int c = 0; c < header.Length; c++)
        {
            sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<c r=\"{Column(c)}1\" t=\"s\"><v>{c}</v></c>"));
        }

        sheet.Write("</row>");
        var random = new Random(1);
        var row = new StringBuilder();
        for (int r = 1; r <= respondents; r++)
        {
            int line = r + 1;
            row.Clear().Append(CultureInfo.InvariantCulture, $"<row r=\"{line}\"><c r=\"A{line}\"><v>{r}</v></c>");
            for (int c = 1; c < header.Length; c++)
            {
                row.Append(CultureInfo.InvariantCulture, $"<c r=\"{Column(c)}{line}\"><v>{1 + random.Next(5)}</v></c>");
            }

            sheet.Write(row.Append("</row>"));
        }

        sheet.Write("</sheetData></worksheet>");
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + (index / 26) - 1)}{(char)('A' + (index % 26))}";

    [GlobalSetup]
    public void Setup()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        _path = Path.Combine(Path.GetTempPath(), $"kanokit-bench-{Respondents}.xlsx");
        if (!File.Exists(_path))
        {
            Write(_path + ".part", Respondents);
            File.Move(_path + ".part", _path, true);
        }

        long kanoKit = KanoKitReader(), excelDataReader = ExcelDataReaderTally(), miniExcel = MiniExcelTally();
        if (kanoKit != excelDataReader || kanoKit != miniExcel || kanoKit != Respondents)
        {
            throw new InvalidOperationException($"feature 0 pairs: KanoKit {kanoKit}, ExcelDataReader {excelDataReader}, MiniExcel {miniExcel}");
        }
    }

    /// <summary>KanoKit.Excel: the sheet's XML streamed into the survey reader (pairing, answers, tallies).</summary>
    [Benchmark]
    public long KanoKitReader()
    {
        var data = KanoExcel.Read(_path);
        return data.Tallies.Features[0].Tally.Total;
    }

    /// <summary>ExcelDataReader, a value object per cell, tallied the same way.</summary>
    [Benchmark(Baseline = true)]
    public long ExcelDataReaderTally()
    {
        using var stream = File.OpenRead(_path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var cells = new long[Features, PairTally.CellCount];
        bool header = true;
        while (reader.Read())
        {
            if (header)
            {
                header = false;
                continue;
            }

            for (int f = 0; f < Features; f++)
            {
                Count(cells, f, Convert.ToDouble(reader.GetValue(1 + (2 * f)), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(2 + (2 * f)), CultureInfo.InvariantCulture));
            }
        }

        return Total(cells);
    }

    /// <summary>MiniExcel's row query (a dictionary per row), tallied the same way.</summary>
    [Benchmark]
    public long MiniExcelTally()
    {
        var cells = new long[Features, PairTally.CellCount];
        foreach (IDictionary<string, object?> row in MiniExcel.Query(_path, useHeaderRow: true).Cast<IDictionary<string, object?>>())
        {
            for (int f = 0; f < Features; f++)
            {
                Count(cells, f, Convert.ToDouble(row[$"f{f}_functional"], CultureInfo.InvariantCulture), Convert.ToDouble(row[$"f{f}_dysfunctional"], CultureInfo.InvariantCulture));
            }
        }

        return Total(cells);
    }

    private static void Count(long[,] cells, int feature, double functional, double dysfunctional)
    {
        var scale = AnswerScale.Standard;
        if (!scale.TryFromCode((int)functional, out var f) || !scale.TryFromCode((int)dysfunctional, out var d))
        {
            throw new InvalidDataException("not an answer code");
        }

        cells[feature, PairTally.CellIndex(f, d)]++;
    }

    private static long Total(long[,] cells)
    {
        long total = 0;
        for (int c = 0; c < PairTally.CellCount; c++)
        {
            total += cells[0, c];
        }

        return total;
    }
}
