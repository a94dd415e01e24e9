using System.Text;

namespace KanoKit.Reading.Text;

/// <summary>
/// The text encodings a survey file may be stated in, and the fallback for files whose bytes are not valid UTF-8:
/// Windows-1252, in which spreadsheet programs save "CSV" on Western-European Windows (it agrees with ISO-8859-1 on
/// every printable Latin-1 character). Other encodings are read by transcoding to UTF-8, so the tokenizer's UTF-8
/// path stays the only one.
/// </summary>
internal static class TextEncodings
{
    public const string Fallback = "windows-1252";

    public const string Expected = "utf-8, utf-16, windows-1252, iso-8859-1, iso-8859-15 or another code-page name";

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding called <paramref name="name"/>, or <see langword="null"/> when there is none.</summary>
    public static Encoding? Find(string name)
    {
        try
        {
            return name.Trim().ToLowerInvariant() switch
            {
                "latin-1" or "latin1" => Encoding.Latin1,
                "cp1252" or "ansi" => Encoding.GetEncoding(1252),
                string other => Encoding.GetEncoding(other),
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The stream as UTF-8: itself for UTF-8 (<see langword="null"/>), else a transcoding view.</summary>
    public static Stream? Transcode(Stream stream, string name)
    {
        var encoding = Find(name) ?? throw new ArgumentException($"The encoding '{name}' is not supported (expected {Expected}).", nameof(name));
        return encoding.CodePage == Encoding.UTF8.CodePage ? null : Encoding.CreateTranscodingStream(stream, encoding, new UTF8Encoding(false), leaveOpen: false);
    }

    /// <summary>Whether a diagnostic is the tokenizer's "not valid UTF-8".</summary>
    public static bool IsInvalidUtf8(KanoDiagnostic diagnostic) =>
        diagnostic.Kind == DiagnosticKind.Encoding && diagnostic.Problem == "the file is not valid UTF-8";
}

/// <summary>A view of a stream that leaves it open when disposed, so that it can be read again from the start.</summary>
internal sealed class KeptOpenStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
