using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace KanoKit.Excel;

/// <summary>The kinds of token <see cref="SheetXml"/> reads.</summary>
internal enum SheetToken
{
    End,
    StartElement,
    EndElement,
    Text,
}

/// <summary>
/// A forward-only tokenizer for a worksheet part: UTF-8 XML read straight from the bytes — start tags (local name and
/// attributes), end tags and text (entities and CDATA decoded into characters) — with no object per node. It checks
/// what a survey read relies on: tags nest and match, a DTD is refused, text holds only XML characters and valid UTF-8;
/// anything else is an <see cref="XmlException"/>. Comments and processing instructions are skipped.
/// </summary>
/// <remarks>
/// The XML reader of .NET costs about 20 ns per node, which is most of the time of a large sheet (a cell is five nodes);
/// here a cell costs a few byte searches. Namespace prefixes are ignored (<c>x:c</c> is <c>c</c>): worksheet parts use one namespace.
/// </remarks>
internal sealed class SheetXml : IDisposable
{
    private const int MaxTagLength = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[1 << 16];
    private int _position;
    private int _end;
    private bool _done;
    private int _tagStart;     // the current start or end tag: [_tagStart, _tagEnd) holds name and attributes
    private int _nameLength;
    private int _localStart;
    private int _tagEnd;
    private int _textStart;    // the current text token's raw bytes
    private int _textEnd;
    private bool _cdata;
    private byte[] _stack = new byte[256]; // open elements' local names, each followed by its length
    private int _stackLength;
    private bool _rootSeen;

    private readonly long _maxText;
    private bool _started;

    /// <param name="stream">The part's bytes.</param>
    /// <param name="maxText">The most bytes a text may take (its characters are checked against the field limit after decoding).</param>
    public SheetXml(Stream stream, long maxText)
    {
        _stream = stream;
        _maxText = Math.Max(MaxTagLength, maxText);
    }

    /// <summary>The number of open elements (a non-empty start tag just read counts; an end tag just read does not; a self-closing tag never).</summary>
    public int Depth { get; private set; }

    /// <summary>Whether the current start tag closes itself (<c>&lt;c/&gt;</c>).</summary>
    public bool IsEmptyElement { get; private set; }

    /// <summary>The local name of the current start or end tag.</summary>
    public ReadOnlySpan<byte> LocalName => _buffer.AsSpan(_localStart, _tagStart + _nameLength - _localStart);

    /// <summary>Reads the next token.</summary>
    public SheetToken Read()
    {
        while (true)
        {
            if (_position >= _end && !Fill())
            {
                if (Depth > 0 || !_rootSeen)
                {
                    throw new XmlException(_rootSeen ? "the worksheet ends inside an element" : "the worksheet has no root element");
                }

                return SheetToken.End;
            }

            if (_buffer[_position] != (byte)'<')
            {
                // A text token is read whole (never split inside a character or an entity): it ends at the next '<'.
                int stop;
                int from = _position;
                while ((stop = IndexOfOpen(from)) < 0 && !_done)
                {
                    from = _end - _position > _maxText ? throw new XmlException("a text is longer than the limit MaxFieldLength allows") : _end;
                    from = RefillText(from);
                }

                _textStart = _position;
                _textEnd = stop < 0 ? _end : from + stop;
                _position = _textEnd;
                _cdata = false;
                if (Depth == 0)
                {
                    if (_buffer.AsSpan(_textStart, _textEnd - _textStart).IndexOfAnyExcept(" \t\r\n"u8) >= 0)
                    {
                        throw new XmlException("text outside the root element");
                    }

                    continue;
                }

                return SheetToken.Text;
            }

            if (!Available(2))
            {
                throw new XmlException("the worksheet ends inside a tag");
            }

            byte next = _buffer[_position + 1];
            if (next == (byte)'?')
            {
                Skip("?>"u8);
                continue;
            }

            if (next == (byte)'!')
            {
                if (StartsWith("<!--"u8))
                {
                    Skip("-->"u8);
                    continue;
                }

                if (StartsWith("<![CDATA["u8) && Depth > 0)
                {
                    int end = Find("]]>"u8, 9);
                    _textStart = _position + 9;
                    _textEnd = end;
                    _position = end + 3;
                    _cdata = true;
                    return SheetToken.Text;
                }

                throw new XmlException("a DTD or declaration is not allowed in a worksheet");
            }

            return next == (byte)'/' ? EndTag() : StartTag();
        }
    }

    /// <summary>Decodes the current text token (entities and UTF-8) and appends it to <paramref name="output"/> at <paramref name="length"/>.</summary>
    public void AppendText(ref char[] output, ref int length, int limit)
    {
        var raw = _buffer.AsSpan(_textStart, _textEnd - _textStart);
        if (raw.Length <= 32 && output.Length - length >= raw.Length)
        {
            // The usual text, a short code or number: printable ASCII, widened in place.
            int i = 0;
            var target = output.AsSpan(length, raw.Length);
            for (; i < raw.Length; i++)
            {
                byte b = raw[i];
                if (b is < 0x20 or >= 0x80 or (byte)'&')
                {
                    break;
                }

                target[i] = (char)b;
            }

            if (i == raw.Length)
            {
                length += i;
                return;
            }
        }

        while (!raw.IsEmpty)
        {
            int amp = _cdata ? -1 : raw.IndexOf((byte)'&');
            var plain = amp < 0 ? raw : raw[..amp];
            Reserve(ref output, length, plain.Length, limit);
            var status = System.Text.Unicode.Utf8.ToUtf16(plain, output.AsSpan(length), out int read, out int written, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != OperationStatus.Done)
            {
                throw new XmlException(status == OperationStatus.InvalidData || read < plain.Length ? "the worksheet is not valid UTF-8" : "the worksheet text cannot be decoded");
            }

            CheckCharacters(output.AsSpan(length, written));
            length += written;
            if (amp < 0)
            {
                return;
            }

            raw = raw[amp..];
            int semicolon = raw.IndexOf((byte)';');
            if (semicolon < 0)
            {
                throw new XmlException("an entity reference is not closed");
            }

            Reserve(ref output, length, 2, limit);
            length += Entity(raw[1..semicolon], output.AsSpan(length));
            raw = raw[(semicolon + 1)..];
        }
    }

    /// <summary>The value of attribute <paramref name="name"/> of the current start tag, decoded into <paramref name="value"/> (its length), or −1 when absent.</summary>
    public int Attribute(ReadOnlySpan<byte> name, Span<char> value)
    {
        var buffer = _buffer;
        int at = _tagStart + _nameLength;
        int end = _tagEnd;
        while (true)
        {
            while (at < end && buffer[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }

            if (at >= end)
            {
                return -1;
            }

            int key = at;
            while (at < end && buffer[at] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                at++;
            }

            int keyEnd = at;
            while (at < end && buffer[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }

            if (at >= end || buffer[at] != (byte)'=')
            {
                throw new XmlException("an attribute has no value");
            }

            at++;
            while (at < end && buffer[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                at++;
            }

            if (at >= end || buffer[at] is not ((byte)'"' or (byte)'\''))
            {
                throw new XmlException("an attribute value is not quoted");
            }

            byte quote = buffer[at++];
            int valueStart = at;
            bool plain = true;
            while (at < end && buffer[at] != quote)
            {
                plain &= buffer[at] is >= 0x20 and < 0x80 and not (byte)'&' and not (byte)'<';
                at++;
            }

            if (at >= end)
            {
                throw new XmlException("an attribute value is not closed");
            }

            int valueEnd = at++;
            if (keyEnd - key != name.Length || !buffer.AsSpan(key, keyEnd - key).SequenceEqual(name))
            {
                continue;
            }

            var raw = buffer.AsSpan(valueStart, valueEnd - valueStart);
            if (plain && raw.Length <= value.Length)
            {
                for (int i = 0; i < raw.Length; i++)
                {
                    value[i] = (char)raw[i];
                }

                return raw.Length;
            }

            // Rare: an entity or a non-ASCII character in a reference or type; decoded the slow way.
            string text = Decode(raw);
            CheckCharacters(text);
            return text.AsSpan().TryCopyTo(value) ? text.Length : throw new XmlException($"attribute '{Encoding.UTF8.GetString(name)}' is too long");
        }
    }

    public void Dispose() => _stream.Dispose();

    private static string Decode(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder();
        string text = Encoding.UTF8.GetString(raw);
        Span<char> chars = stackalloc char[2];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '&')
            {
                builder.Append(text[i]);
                continue;
            }

            int semicolon = text.IndexOf(';', i);
            if (semicolon < 0)
            {
                throw new XmlException("an entity reference is not closed");
            }

            int n = Entity(Encoding.UTF8.GetBytes(text[(i + 1)..semicolon]), chars);
            builder.Append(chars[..n]);
            i = semicolon;
        }

        return builder.ToString();
    }

    /// <summary>Writes the character(s) of an entity reference (<c>amp</c>, <c>#60</c>, <c>#x3C</c> …) and returns how many.</summary>
    private static int Entity(ReadOnlySpan<byte> name, Span<char> output)
    {
        char known = name switch
        {
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ => '\0',
        };
        if (known != '\0')
        {
            output[0] = known;
            return 1;
        }

        bool hex = name.Length > 2 && name[0] == (byte)'#' && (name[1] == (byte)'x');
        if (name.Length > 1 && name[0] == (byte)'#'
            && int.TryParse(Encoding.ASCII.GetString(name[(hex ? 2 : 1)..]), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code)
            && Rune.IsValid(code) && (code is 0x9 or 0xA or 0xD || code >= 0x20))
        {
            return new Rune(code).EncodeToUtf16(output);
        }

        throw new XmlException($"'&{Encoding.UTF8.GetString(name)};' is not an XML entity");
    }

    /// <summary>Characters XML 1.0 forbids: controls other than tab, line feed and carriage return; U+FFFE and U+FFFF.</summary>
    private static void CheckCharacters(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if ((c < 0x20 && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF')
            {
                throw new XmlException(string.Create(CultureInfo.InvariantCulture, $"character U+{(int)c:X4} is not allowed in XML"));
            }
        }
    }

    private static void Reserve(ref char[] output, int length, int more, int limit)
    {
        if (output.Length - length < more)
        {
            if ((long)length + more > limit)
            {
                throw new InternalBufferOverflowException();
            }

            Array.Resize(ref output, (int)Math.Min(Array.MaxLength, Math.Max(output.Length * 2L, (long)length + more)));
        }
    }

    private SheetToken StartTag()
    {
        int close = TagEnd(1);
        _tagStart = _position + 1;
        bool empty = _buffer[close - 1] == (byte)'/';
        _tagEnd = empty ? close - 1 : close;
        Name(_tagEnd);
        if (_nameLength == 0)
        {
            throw new XmlException("a tag has no name");
        }

        if (Depth == 0 && _rootSeen)
        {
            throw new XmlException("a second root element");
        }

        _rootSeen = true;
        IsEmptyElement = empty;
        _position = close + 1;
        if (!empty)
        {
            Depth++;
            Push(LocalName);
        }

        return SheetToken.StartElement;
    }

    private SheetToken EndTag()
    {
        int close = TagEnd(2);
        _tagStart = _position + 2;
        _tagEnd = close;
        Name(_tagEnd);
        if (Depth == 0)
        {
            throw new XmlException("an end tag without its start tag");
        }

        int length = _stack[_stackLength - 1];
        if (!_stack.AsSpan(_stackLength - 1 - length, length).SequenceEqual(LocalName))
        {
            throw new XmlException($"the end tag '{Encoding.UTF8.GetString(LocalName)}' does not match its start tag");
        }

        _stackLength -= length + 1;
        _position = close + 1;
        Depth--;
        IsEmptyElement = false;
        return SheetToken.EndElement;
    }

    /// <summary>Sets the name (up to white space or <paramref name="end"/>) and its local part (after a prefix's colon).</summary>
    private void Name(int end)
    {
        var buffer = _buffer;
        int i = _tagStart;
        _localStart = i;
        for (; i < end; i++)
        {
            byte b = buffer[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                break;
            }

            if (b == (byte)':')
            {
                _localStart = i + 1;
            }
        }

        _nameLength = i - _tagStart;
    }

    private void Push(ReadOnlySpan<byte> name)
    {
        if (name.Length > 255)
        {
            throw new XmlException("an element name is longer than 255 bytes");
        }

        if (_stackLength + name.Length + 1 > _stack.Length)
        {
            Array.Resize(ref _stack, Math.Max(_stack.Length * 2, _stackLength + name.Length + 1));
        }

        name.CopyTo(_stack.AsSpan(_stackLength));
        _stackLength += name.Length;
        _stack[_stackLength++] = (byte)name.Length;
    }

    /// <summary>The position of the '&gt;' that ends the tag at <see cref="_position"/>, outside quoted attribute values.</summary>
    private int TagEnd(int from)
    {
        int at = _position + from;
        while (true)
        {
            byte b = 0;
            var buffer = _buffer;
            int end = _end;
            while (at < end && (b = buffer[at]) is not ((byte)'>' or (byte)'"' or (byte)'\''))
            {
                at++;
            }

            if (at >= end)
            {
                at = Refill(at);
                continue;
            }

            if (b == (byte)'>')
            {
                return at;
            }

            int close;
            while ((close = _buffer.AsSpan(at + 1, _end - at - 1).IndexOf(b)) < 0)
            {
                at = Refill(at);
            }

            at += close + 2;
        }
    }

    /// <summary>Keeps the token from <see cref="_position"/> and reads more after it; returns <paramref name="at"/> moved with it.</summary>
    private int Refill(int at)
    {
        int shift = _position;
        if (_end - _position > MaxTagLength)
        {
            throw new XmlException("a tag is longer than 1 MB");
        }

        if (!Fill())
        {
            throw new XmlException("the worksheet ends inside a tag");
        }

        return at - (shift - _position);
    }

    /// <summary>The offset from <paramref name="from"/> of the next '&lt;' in the buffer, or −1: a short loop first (texts are mostly a few bytes).</summary>
    private int IndexOfOpen(int from)
    {
        var buffer = _buffer;
        int limit = Math.Min(_end, from + 16);
        for (int i = from; i < limit; i++)
        {
            if (buffer[i] == (byte)'<')
            {
                return i - from;
            }
        }

        if (limit == _end)
        {
            return -1;
        }

        int found = buffer.AsSpan(limit, _end - limit).IndexOf((byte)'<');
        return found < 0 ? -1 : found + limit - from;
    }

    private int RefillText(int at)
    {
        int shift = _position;
        Fill();
        return at - shift;
    }

    private bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        Available(prefix.Length);
        return _buffer.AsSpan(_position, Math.Min(prefix.Length, _end - _position)).SequenceEqual(prefix);
    }

    private int Find(ReadOnlySpan<byte> terminator, int from)
    {
        int at = _position + from;
        while (true)
        {
            int found = _buffer.AsSpan(at, _end - at).IndexOf(terminator);
            if (found >= 0)
            {
                return at + found;
            }

            at = Refill(Math.Max(_position + from, _end - terminator.Length + 1));
        }
    }

    private void Skip(ReadOnlySpan<byte> terminator) => _position = Find(terminator, 2) + terminator.Length;

    private bool Available(int count)
    {
        while (_end - _position < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves the bytes from <see cref="_position"/> to the front (growing the buffer when they fill it) and reads more; false at the end.</summary>
    private bool Fill()
    {
        if (_done)
        {
            return false;
        }

        int keep = _end - _position;
        if (keep > 0 && _position > 0)
        {
            Buffer.BlockCopy(_buffer, _position, _buffer, 0, keep);
        }

        _tagStart -= _position;
        _textStart -= _position;
        _textEnd -= _position;
        _position = 0;
        _end = keep;
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _done = true;
            return false;
        }

        _end += read;
        if (!_started)
        {
            _started = true;
            if (!Available(3) && _end < 2)
            {
                return _end > 0;
            }

            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _position = 3;
            }
            else if (_end >= 2 && ((_buffer[0] == 0xFF && _buffer[1] == 0xFE) || (_buffer[0] == 0xFE && _buffer[1] == 0xFF)))
            {
                throw new XmlException("the worksheet is UTF-16; only UTF-8 worksheets are read");
            }
        }

        return true;
    }
}
