using KanoKit.Reading;
using KanoKit.Reading.Text;

namespace KanoKit.Excel;

/// <summary>Reads Kano surveys from Excel workbooks: .xlsx by streaming the sheet's XML (no object per cell), legacy .xls through ExcelDataReader.</summary>
public static class KanoExcel
{
    static KanoExcel()
    {
        // ExcelDataReader decodes legacy strings through code page 1252, which .NET provides only once registered.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
    }

    /// <summary>
    /// Reads one worksheet as a survey, with every option of <see cref="SurveyFile"/> (layouts, definitions,
    /// strict or lenient, segments). Messages give the spreadsheet row as the line and the column number (A = 1).
    /// </summary>
    /// <param name="path">The workbook.</param>
    /// <param name="options">How to read; <see cref="SurveyReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="sheet">The worksheet's name (case-insensitive); <see langword="null"/> for the first sheet.</param>
    /// <exception cref="KanoDataException">The file is not a workbook, has no such sheet, or (strict mode) holds bad data.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyData Read(string path, SurveyReadOptions? options = null, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, path, options, sheet);
    }

    /// <summary>Reads one worksheet of a workbook held in <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="KanoDataException">The stream is not a workbook, has no such sheet, or (strict mode) holds bad data.</exception>
    public static SurveyData Read(Stream stream, string source, SurveyReadOptions? options = null, string? sheet = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using ISurveyRows rows = IsZipPackage(stream)
            ? XlsxSheetRows.Open(stream, source, sheet, options ?? SurveyReadOptions.Default)
            : ExcelSurveyRows.Open(stream, source, sheet, options);
        return SurveyFile.Read(rows, options);
    }

    /// <summary>
    /// Whether the stream holds a zip package (an .xlsx workbook: it starts with "PK"), read by streaming its sheet XML;
    /// anything else (a legacy .xls workbook, or not a workbook at all) goes to ExcelDataReader, which reports what it is.
    /// </summary>
    private static bool IsZipPackage(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return true;
        }

        long origin = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        int read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = origin;
        return read == 2 && magic[0] == (byte)'P' && magic[1] == (byte)'K';
    }
}
