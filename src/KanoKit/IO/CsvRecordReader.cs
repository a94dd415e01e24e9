using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace KanoKit.IO;

/// <summary>
/// Streams RFC 4180 delimited text from a <see cref="Stream"/> record by record in bounded memory: UTF-8 with or
/// without BOM (invalid bytes located to line and column), UTF-16 with BOM, comma/semicolon/tab delimiters
/// (detected from the first line), quoted fields with delimiters, doubled quotes and line breaks, CRLF/LF/CR.
/// Every field carries the editor line and column where it starts. Blank lines are skipped.
/// </summary>
internal sealed class CsvRecordReader : ISurveyRows
{
    private const int ByteBufferSize = 1 << 16;
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(true, false, true);

    private readonly Stream _stream;
    private readonly DiagnosticSink _sink;
    private readonly int _maxFieldLength;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private int _byteStart;
    private int _byteEnd;
    private bool _streamDone;
    private Decoder? _utf16;

    private char[] _chars = new char[ByteBufferSize];
    private int _charPos;
    private int _charLen;
    private readonly Queue<long> _invalidAt = new();
    private long _consumed; // absolute index of _chars[0]

    private char[] _record = new char[1024];
    private int _recordLength;
    private int[] _starts = new int[64];
    private int[] _lengths = new int[64];
    private int[] _lines = new int[64];
    private int[] _columns = new int[64];
    private int _fields;

    private int _line = 1;
    private long _lineStart; // absolute char index of the current line's first char
    private bool _pendingCr;
    private bool _finished;

    public CsvRecordReader(Stream stream, DiagnosticSink sink, char? delimiter, int maxFieldLength)
    {
        _stream = stream;
        _sink = sink;
        _maxFieldLength = maxFieldLength;
        DetectEncoding();
        Delimiter = delimiter ?? DetectDelimiter();
    }

    public string SourceName => _sink.Source;

    public char Delimiter { get; }

    public int FieldCount => _fields;

    public int Line { get; private set; }

    public (int Line, int Column) RecordEnd { get; private set; }

    public bool IsDamaged { get; private set; }

    public ReadOnlySpan<char> Field(int index) => _record.AsSpan(_starts[index], _lengths[index]);

    public int LineOf(int index) => _lines[index];

    public int ColumnOf(int index) => _columns[index];

    public void Dispose() => _stream.Dispose();

    public bool MoveNext()
    {
        while (!_finished)
        {
            if (ReadRecord() && !(_fields == 1 && _lengths[0] == 0 && !IsDamaged))
            {
                return true;
            }
        }

        return false;
    }

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    /// <summary>Reads one record; returns false when the input ended before any character of a record.</summary>
    private bool ReadRecord()
    {
        _fields = 0;
        _recordLength = 0;
        IsDamaged = false;
        var state = State.FieldStart;
        bool any = false;
        bool fieldTooLong = false;
        int fieldLine = 0, fieldColumn = 0;
        char delimiter = Delimiter;

        while (true)
        {
            if (_charPos == _charLen && !Fill())
            {
                if (!any)
                {
                    _finished = true;
                    return false;
                }

                if (state == State.FieldStart)
                {
                    BeginField(_line, Column());
                }

                if (state == State.Quoted)
                {
                    IsDamaged = true;
                    _sink.Report(DiagnosticKind.Syntax, fieldLine, fieldColumn, "a quoted field is never closed", null, "a closing '\"' before the end of the file");
                }

                EndField(ref fieldTooLong);
                RecordEnd = (_line, Column());
                _finished = true;
                return true;
            }

            char c = _chars[_charPos];
            if (_pendingCr)
            {
                _pendingCr = false;
                if (c == '\n')
                {
                    Advance();
                    _lineStart = _consumed + _charPos;
                    continue;
                }
            }

            if (!any)
            {
                any = true;
                Line = _line;
            }

            if (c == '\0')
            {
                _sink.Fatal(DiagnosticKind.Encoding, _line, Column(), "the file contains a NUL byte; it is binary, not text", "\\0", "a UTF-8 or UTF-16 text file");
                _finished = true;
                IsDamaged = true;
                if (state == State.FieldStart)
                {
                    BeginField(_line, Column());
                }

                EndField(ref fieldTooLong);
                RecordEnd = (_line, Column());
                return true;
            }

            if (c == '\uFFFD' && _invalidAt.Count > 0 && _invalidAt.Peek() == _consumed + _charPos)
            {
                _invalidAt.Dequeue();
                IsDamaged = true;
                _sink.Report(DiagnosticKind.Encoding, _line, Column(), "the file is not valid UTF-8", null, "UTF-8 text (or UTF-16 with a byte-order mark)");
            }

            switch (state)
            {
                case State.FieldStart:
                    fieldLine = _line;
                    fieldColumn = Column();
                    BeginField(fieldLine, fieldColumn);
                    if (c == '"')
                    {
                        state = State.Quoted;
                        Advance();
                        continue;
                    }

                    state = State.Unquoted;
                    goto case State.Unquoted;

                case State.Unquoted:
                    if (c == delimiter)
                    {
                        Advance();
                        EndField(ref fieldTooLong);
                        state = State.FieldStart;
                    }
                    else if (c == '\n' || c == '\r')
                    {
                        EndField(ref fieldTooLong);
                        RecordEnd = (_line, Column());
                        NewLine(c);
                        return true;
                    }
                    else
                    {
                        Append(c, ref fieldTooLong, fieldLine, fieldColumn);
                        Advance();
                    }

                    continue;

                case State.Quoted:
                    if (c == '"')
                    {
                        state = State.QuoteInQuoted;
                        Advance();
                        continue;
                    }

                    Append(c, ref fieldTooLong, fieldLine, fieldColumn);
                    Advance();
                    if (c == '\n' || (c == '\r' && !PeekIs('\n')))
                    {
                        _line++;
                        _lineStart = _consumed + _charPos;
                    }

                    continue;

                case State.QuoteInQuoted:
                    if (c == '"')
                    {
                        Append('"', ref fieldTooLong, fieldLine, fieldColumn);
                        Advance();
                        state = State.Quoted;
                    }
                    else if (c == delimiter)
                    {
                        Advance();
                        EndField(ref fieldTooLong);
                        state = State.FieldStart;
                    }
                    else if (c == '\n' || c == '\r')
                    {
                        EndField(ref fieldTooLong);
                        RecordEnd = (_line, Column());
                        NewLine(c);
                        return true;
                    }
                    else
                    {
                        if (!IsDamaged)
                        {
                            _sink.Report(
                                DiagnosticKind.Syntax, _line, Column(), "text follows a closing quote", c.ToString(),
                                $"'{Printable(delimiter)}' or the end of the line after a quoted field");
                        }

                        IsDamaged = true;
                        Append(c, ref fieldTooLong, fieldLine, fieldColumn);
                        Advance();
                        state = State.Unquoted;
                    }

                    continue;
            }
        }
    }

    /// <summary>A delimiter as a message shows it.</summary>
    public static string Printable(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();

    private int Column() => (int)(_consumed + _charPos - _lineStart) + 1;

    private void Advance() => _charPos++;

    private bool PeekIs(char expected)
    {
        if (_charPos == _charLen && !Fill())
        {
            return false;
        }

        return _chars[_charPos] == expected;
    }

    private void NewLine(char terminator)
    {
        Advance();
        _line++;
        _lineStart = _consumed + _charPos;
        _pendingCr = terminator == '\r';
    }

    private void BeginField(int line, int column)
    {
        if (_fields == _starts.Length)
        {
            Array.Resize(ref _starts, _fields * 2);
            Array.Resize(ref _lengths, _fields * 2);
            Array.Resize(ref _lines, _fields * 2);
            Array.Resize(ref _columns, _fields * 2);
        }

        _starts[_fields] = _recordLength;
        _lines[_fields] = line;
        _columns[_fields] = column;
    }

    private void EndField(ref bool fieldTooLong)
    {
        _lengths[_fields] = _recordLength - _starts[_fields];
        _fields++;
        fieldTooLong = false;
    }

    private void Append(char c, ref bool fieldTooLong, int fieldLine, int fieldColumn)
    {
        if (fieldTooLong)
        {
            return;
        }

        if (_recordLength - _starts[_fields] >= _maxFieldLength)
        {
            fieldTooLong = true;
            IsDamaged = true;
            _sink.Report(
                DiagnosticKind.Syntax, fieldLine, fieldColumn,
                string.Create(CultureInfo.InvariantCulture, $"a field is longer than {_maxFieldLength} characters"),
                null, string.Create(CultureInfo.InvariantCulture, $"fields of at most {_maxFieldLength} characters (is a quote unclosed?)"));
            return;
        }

        if (_recordLength == _record.Length)
        {
            Array.Resize(ref _record, _record.Length * 2);
        }

        _record[_recordLength++] = c;
    }

    /// <summary>Refills the character buffer; false at the end of the input.</summary>
    private bool Fill()
    {
        _consumed += _charLen;
        _charPos = 0;
        _charLen = 0;
        while (_charLen == 0)
        {
            if (_utf16 is not null)
            {
                if (!ReadBytes() && _byteEnd == _byteStart)
                {
                    return false;
                }

                try
                {
                    _charLen = _utf16.GetChars(_bytes, _byteStart, _byteEnd - _byteStart, _chars, 0, _streamDone);
                }
                catch (DecoderFallbackException)
                {
                    _sink.Fatal(DiagnosticKind.Encoding, _line, Column(), "the file is not valid UTF-16", null, "UTF-16 text after its byte-order mark");
                    return false;
                }

                _byteStart = _byteEnd;
                continue;
            }

            bool more = ReadBytes();
            if (_byteEnd == _byteStart)
            {
                return false;
            }

            var status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, _byteEnd - _byteStart), _chars, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: !more);
            _byteStart += read;
            _charLen = written;
            if (status == OperationStatus.InvalidData)
            {
                // Mark the place, emit U+FFFD for the bad byte, and go on; the tokenizer reports it with its line and column.
                _invalidAt.Enqueue(_consumed + _charLen);
                _chars[_charLen++] = '\uFFFD';
                _byteStart++;
            }
        }

        return true;
    }

    /// <summary>Moves unread bytes to the front and reads more; false when the stream has ended.</summary>
    private bool ReadBytes()
    {
        if (_streamDone)
        {
            return false;
        }

        int left = _byteEnd - _byteStart;
        if (left > 0 && _byteStart > 0)
        {
            Buffer.BlockCopy(_bytes, _byteStart, _bytes, 0, left);
        }

        _byteStart = 0;
        _byteEnd = left;
        while (_byteEnd < _bytes.Length)
        {
            int n = _stream.Read(_bytes, _byteEnd, _bytes.Length - _byteEnd);
            if (n == 0)
            {
                _streamDone = true;
                break;
            }

            _byteEnd += n;
        }

        return !_streamDone || _byteEnd > 0;
    }

    private void DetectEncoding()
    {
        ReadBytes();
        var head = _bytes.AsSpan(0, _byteEnd);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _utf16 = StrictUtf16Le.GetDecoder();
            _byteStart = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _utf16 = StrictUtf16Be.GetDecoder();
            _byteStart = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _byteStart = 3;
        }
    }

    /// <summary>The candidate delimiter (comma, semicolon, tab) most frequent outside quotes in the first line; comma by default.</summary>
    private char DetectDelimiter()
    {
        if (_charLen == 0)
        {
            Fill();
        }

        Span<int> counts = stackalloc int[3];
        ReadOnlySpan<char> candidates = [',', ';', '\t'];
        bool quoted = false;
        foreach (char c in _chars.AsSpan(0, _charLen))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted && candidates.IndexOf(c) is int index and >= 0)
            {
                counts[index]++;
            }
        }

        int best = 0;
        for (int i = 1; i < 3; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return candidates[best];
    }
}
