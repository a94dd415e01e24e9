using System.Globalization;
using System.IO.Compression;
using System.Xml;
using KanoKit.Reading;

namespace KanoKit.Excel;

/// <summary>
/// Checks a zip package before ExcelDataReader sees it (the streaming .xlsx reader applies the same limits as it reads), so that no workbook can make it allocate without bound:
/// every part is well-formed XML without a DTD, no larger than <see cref="SurveyReadOptions.MaxDocumentLength"/>
/// uncompressed; every cell and row reference lies inside a worksheet (columns A–XFD, rows 1–1,048,576) and within
/// <see cref="SurveyReadOptions.MaxColumns"/>; and no cell text is longer than <see cref="SurveyReadOptions.MaxFieldLength"/>.
/// The parts are streamed with an <see cref="XmlReader"/> and text is measured in chunks, never held whole.
/// </summary>
internal static class WorkbookLimits
{
    /// <summary>Columns of a worksheet: A to XFD (ECMA-376 Part 1, §18.3.1.4 and the Excel specification limits).</summary>
    public const int MaxSheetColumns = 16_384;

    /// <summary>Rows of a worksheet.</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>Throws a located <see cref="KanoDataException"/> when the package breaks a limit; leaves the stream at its start.</summary>
    public static void Check(Stream stream, string source, SurveyReadOptions options)
    {
        if (!stream.CanSeek)
        {
            return;
        }

        long origin = stream.Position;
        Span<byte> magic = stackalloc byte[2];
        int read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = origin;
        if (read < 2 || magic[0] != (byte)'P' || magic[1] != (byte)'K')
        {
            return; // not a zip package: a legacy .xls or not a workbook at all, which the reader reports
        }

        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
                {
                    CheckPart(entry, source, options);
                }
            }
        }
        catch (KanoDataException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException or ArgumentException)
        {
            throw Unreadable(source, e.Message);
        }
        finally
        {
            stream.Position = origin;
        }
    }

    /// <summary>The error for a workbook that cannot be read, on line 1 (messages from the zip and XML readers are one line).</summary>
    /// <summary>
    /// Whether <paramref name="e"/> is what a reader throws on a damaged workbook (XML, zip, format, null-reference and
    /// index errors from parts it does not check): a property of the file, made a located error. Our own errors, and the
    /// runtime's out-of-memory, stack and cancellation, pass through.
    /// </summary>
    public static bool IsUnexpected(Exception e) => e is not (KanoDataException or OutOfMemoryException or StackOverflowException or OperationCanceledException);

    /// <summary>The located error for a workbook whose rows stop being readable after row <paramref name="row"/>.</summary>
    public static KanoDataException PastRow(string source, int row, Exception e) =>
        new(new KanoDiagnostic(DiagnosticKind.Syntax, source, row + 1, 1, $"the workbook cannot be read past row {row}: {e.Message}", null, "an .xlsx workbook"));

    public static KanoDataException Unreadable(string source, string why) =>
        new(new KanoDiagnostic(DiagnosticKind.Syntax, source, 1, 1, $"the file is not a readable Excel workbook: {why}", null, "an .xlsx workbook"));

    private static void CheckPart(ZipArchiveEntry entry, string source, SurveyReadOptions options)
    {
        if (entry.Length > options.MaxDocumentLength)
        {
            throw Limit(source, 1, 1, string.Create(CultureInfo.InvariantCulture, $"workbook part '{entry.FullName}' is larger than {options.MaxDocumentLength} bytes, the limit MaxDocumentLength"), "MaxDocumentLength");
        }

        using var part = new BoundedStream(entry.Open(), options.MaxDocumentLength);
        using var xml = XmlReader.Create(part, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        char[] chunk = new char[4096];
        int row = 0;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "row" && xml.GetAttribute("r") is { } r:
                    row = int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= MaxSheetRows
                        ? number
                        : throw Limit(source, 1, 1, $"row number '{r}' in '{entry.FullName}' is outside a worksheet (rows 1 to 1048576)", "MaxSheetRows");
                    break;
                case XmlNodeType.Element when xml.LocalName == "c" && xml.GetAttribute("r") is { } reference:
                    CheckReference(reference, entry.FullName, source, options.MaxColumns, row);
                    break;
                case XmlNodeType.Element when xml.LocalName == "dimension" && xml.GetAttribute("ref") is { } range:
                    foreach (string corner in range.Split(':'))
                    {
                        CheckReference(corner, entry.FullName, source, options.MaxColumns, 0);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    long length = 0;
                    int n;
                    while ((n = xml.ReadValueChunk(chunk, 0, chunk.Length)) > 0)
                    {
                        length += n;
                        if (length > options.MaxFieldLength)
                        {
                            throw Limit(source, Math.Max(1, row), 1, string.Create(CultureInfo.InvariantCulture, $"a cell text in '{entry.FullName}' is longer than {options.MaxFieldLength} characters, the limit MaxFieldLength"), "MaxFieldLength");
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>A cell reference such as <c>B12</c>: letters A–XFD within the column limit, then a row 1–1,048,576.</summary>
    private static void CheckReference(string reference, string part, string source, int maxColumns, int row)
    {
        int column = 0;
        int i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && column <= MaxSheetColumns)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        bool rowOk = int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is >= 1 and <= MaxSheetRows;
        if (column is < 1 or > MaxSheetColumns || !rowOk)
        {
            throw Limit(source, Math.Max(1, row), 1, $"cell reference '{reference}' in '{part}' is outside a worksheet (columns A to XFD, rows 1 to 1048576)", "MaxSheetColumns");
        }

        if (column > maxColumns)
        {
            throw Limit(source, Math.Max(1, number), column, string.Create(CultureInfo.InvariantCulture, $"cell '{reference}' lies past column {maxColumns}, the limit MaxColumns"), "MaxColumns");
        }
    }

    internal static KanoDataException Limit(string source, int line, int column, string problem, string limit) =>
        new(new KanoDiagnostic(DiagnosticKind.Syntax, source, line, column, problem, null, $"a workbook within the limit {limit}"));

    /// <summary>A read-only view of a stream that fails once more than a given number of bytes is read (a zip bomb's guard).</summary>
    internal sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = inner.Read(buffer, offset, count);
            _read += n;
            return _read > limit ? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"a part holds more than {limit} bytes, the limit MaxDocumentLength")) : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
