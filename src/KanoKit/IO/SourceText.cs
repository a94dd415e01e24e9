using System.Text;
using System.Text.Unicode;

namespace KanoKit.IO;

/// <summary>Turns the bytes of a text file into a string, or says precisely why they are not text.</summary>
internal static class SourceText
{
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 (with or without BOM) or UTF-16 with BOM. Invalid UTF-8 and NUL bytes (binary files)
    /// are <see cref="KanoDataException"/>s at the line and column where they occur.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16LittleEndian, source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16BigEndian, source);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = Locate(bytes, nul);
            throw new KanoDataException(source, line, column, "the file contains a NUL byte; it is binary, not text", "\\0", "a UTF-8 or UTF-16 text file");
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            var (line, column) = Locate(bytes, read);
            throw new KanoDataException(
                source, line, column, "the file is not valid UTF-8", $"0x{bytes[read]:X2}", "UTF-8 text (or UTF-16 with a byte-order mark)");
        }

        return new string(chars, 0, written);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string source)
    {
        try
        {
            string text = encoding.GetString(bytes);
            int nul = text.IndexOf('\0', StringComparison.Ordinal);
            if (nul >= 0)
            {
                var (line, column) = LineAndColumn(text, nul);
                throw new KanoDataException(source, line, column, "the file contains a NUL character; it is binary, not text", "\\0", "a UTF-16 text file");
            }

            return text;
        }
        catch (DecoderFallbackException e)
        {
            int index = Math.Max(0, e.Index);
            var (line, column) = LineAndColumn(encoding.GetString(bytes[..(index & ~1)]), -1);
            throw new KanoDataException(source, line, column, "the file is not valid UTF-16", null, "UTF-16 text after its byte-order mark");
        }
    }

    /// <summary>Line and column (both 1-based, columns in characters) of byte <paramref name="index"/> of UTF-8 text.</summary>
    private static (int Line, int Column) Locate(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        int line = 1 + before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        int column = 1;
        foreach (byte b in before[lineStart..])
        {
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    /// <summary>Line and column of character <paramref name="index"/> (or of the end, for −1).</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var before = index < 0 ? text.AsSpan() : text.AsSpan(0, index);
        int line = 1 + before.Count('\n');
        int lineStart = before.LastIndexOf('\n') + 1;
        return (line, before.Length - lineStart + 1);
    }
}
