using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

using KanoKit.Reading;

namespace KanoKit.Reading.Text;

/// <summary>
/// Streams RFC 4180 delimited text from a <see cref="Stream"/> record by record in bounded memory: UTF-8 with or
/// without BOM (invalid bytes located to line and column), UTF-16 with BOM, comma/semicolon/tab delimiters
/// (detected from the first line), quoted fields with delimiters, doubled quotes and line breaks, CRLF/LF/CR.
/// Blank lines are skipped.
/// </summary>
/// <remarks>
/// Fields are spans of the decoded character buffer, found with vectorised searches; nothing is copied per
/// character and nothing is allocated per record. Lines and columns are worked out only when someone asks (an
/// error message), by counting line breaks between the record's start and the field.
/// </remarks>
internal sealed class CsvRecordReader : ISurveyRows
{
    private const int ByteBufferSize = 1 << 16;

    private readonly Stream _stream;
    private readonly DiagnosticSink _sink;
    private readonly int _maxFieldLength;
    private readonly SearchValues<char> _unquotedStops;
    private readonly byte[] _bytes = new byte[ByteBufferSize];
    private int _byteStart;
    private int _byteEnd;
    private bool _streamDone;
    private bool _utf16;
    private bool _utf16BigEndian;
    private char _pendingHigh;

    private char[] _chars = new char[ByteBufferSize * 2];
    private int _length;          // decoded characters in _chars
    private long _bufferOffset;   // absolute character index of _chars[0]
    private bool _inputDone;
    private readonly PriorityQueue<(long At, bool Nul), long> _badCharacters = new();
    private readonly int _maxRecordLength;
    private readonly int _maxColumns;
    private long _locatedRecord = -1;
    private long _locatedAt;
    private int _locatedNewlines;
    private long _locatedLineStart;

    private int _recordStart;
    private int _recordLine = 1;
    private int _nextLine = 1;
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private bool[] _quoted = new bool[64];
    private int _fields;
    private bool _started;
    private int _quotedNewlines; // line feeds inside the record's quoted fields, counted as scanned (before unescaping moves text)
    private int _terminator;
    private bool _finished;
    private bool _lineDecoding;   // UTF-8 decoded one line at a time, so the byte buffer is in step at every line start
    private long _bytesRead;      // bytes read from the stream so far

    public CsvRecordReader(Stream stream, DiagnosticSink sink, char? delimiter, int maxFieldLength, int maxRecordLength = 1 << 24, int maxColumns = 100_000, bool byteOrderMark = true, int firstLine = 1, bool decodeByLine = false)
    {
        _stream = stream;
        _sink = sink;
        _maxFieldLength = maxFieldLength;
        _maxRecordLength = maxRecordLength;
        _maxColumns = maxColumns;
        _recordLine = _nextLine = firstLine;
        if (byteOrderMark)
        {
            DetectEncoding();
        }
        else
        {
            ReadBytes();
        }

        _lineDecoding = decodeByLine && !_utf16;
        Fill();
        Delimiter = delimiter ?? DetectDelimiter();
        _unquotedStops = SearchValues.Create([Delimiter, '\n', '\r']);
    }

    public string SourceName => _sink.Source;

    public char Delimiter { get; }

    public int FieldCount => _fields;

    public int Line => _recordLine;

    public (int Line, int Column) RecordEnd => Locate(_terminator);

    public bool IsDamaged { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Field(int index) => _chars.AsSpan(_starts[index], _ends[index] - _starts[index]);

    public int LineOf(int index) => Locate(FieldOrigin(index)).Line;

    public int ColumnOf(int index) => Locate(FieldOrigin(index)).Column;

    public void Dispose() => _stream.Dispose();

    /// <summary>The input is UTF-8 (not UTF-16): its bytes can be read directly by a fast path.</summary>
    public bool IsUtf8 => !_utf16;

    /// <summary>The encoding found by a byte-order mark other than UTF-8's (<c>utf-16</c> or <c>utf-16BE</c>), else <see langword="null"/>.</summary>
    public string? DetectedEncoding => !_utf16 ? null : _utf16BigEndian ? System.Text.Encoding.BigEndianUnicode.WebName : System.Text.Encoding.Unicode.WebName;

    /// <summary>The file the stream reads from, and where in it the reader started: lets a reader count ranges of it in parallel.</summary>
    public (Microsoft.Win32.SafeHandles.SafeFileHandle Handle, long Origin)? File { get; init; }

    /// <summary>Ends the input here: the rest was read by others (<see cref="MoveNext"/> returns false from now on).</summary>
    public void Finish() => _finished = true;

    /// <summary>The line the next record starts on.</summary>
    public int NextLine => _nextLine;

    /// <summary>The reader met the end of its input inside a quoted field (a chunk boundary inside quotes, or an unclosed quote).</summary>
    public bool EndedInQuote { get; private set; }

    /// <summary>
    /// From now on UTF-8 is decoded a line at a time (up to and including each line feed), so that after a record ending
    /// with a line feed nothing is decoded ahead and <see cref="PendingBytes"/> starts exactly at the next line.
    /// </summary>
    public void DecodeByLine() => _lineDecoding = !_utf16;

    /// <summary>
    /// Whether the current record ended with a line feed and nothing after it stays decoded: then the bytes of the next
    /// records are <see cref="PendingBytes"/>, starting at line <see cref="NextLine"/>. Characters decoded ahead of the
    /// line start are given back to the byte buffer when they came from it unchanged (valid UTF-8 still buffered).
    /// </summary>
    /// <remarks>Call between records only (after the current record has been read whole).</remarks>
    public bool TryLineStart()
    {
        if (!_lineDecoding || _finished || _badCharacters.Count != 0)
        {
            return false;
        }

        int end = _terminator;
        if (end + 1 < _length && _chars[end] == '\r' && _chars[end + 1] == '\n')
        {
            end++;
        }

        if (end >= _length || _chars[end] != '\n')
        {
            return false;
        }

        if (end + 1 < _length)
        {
            int count = Encoding.UTF8.GetByteCount(_chars.AsSpan(end + 1, _length - end - 1));
            if (count > _byteStart)
            {
                return false;
            }

            _byteStart -= count;
            _length = end + 1;
        }

        _terminator = end;
        return true;
    }

    /// <summary>The buffered, not yet decoded bytes (valid after <see cref="TryLineStart"/> returned true).</summary>
    public ReadOnlySpan<byte> PendingBytes => _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);

    /// <summary>The absolute position in the stream (counted from where the reader started) of the first pending byte.</summary>
    public long PendingOffset => _bytesRead - (_byteEnd - _byteStart);

    /// <summary>Marks <paramref name="count"/> pending bytes, holding <paramref name="lines"/> whole lines, as read by a fast path.</summary>
    public void SkipBytes(int count, int lines)
    {
        _byteStart += count;
        _nextLine += lines;
    }

    /// <summary>Reads more bytes after the pending ones (moving them to the front); false when the input has no more.</summary>
    public bool MoreBytes()
    {
        int before = _byteEnd - _byteStart;
        ReadBytes();
        return _byteEnd - _byteStart > before;
    }

    public bool MoveNext()
    {
        while (!_finished)
        {
            if (!ReadRecord())
            {
                _finished = true;
                return false;
            }

            if (_fields == 1 && _ends[0] == _starts[0] && !_quoted[0] && !IsDamaged)
            {
                continue; // a blank line
            }

            return true;
        }

        return false;
    }

    /// <summary>A quoted field's opening quote, else the field's first character: where messages point.</summary>
    private int FieldOrigin(int index) => _quoted[index] ? _starts[index] - 1 : _starts[index];

    /// <summary>Line and column of buffer position <paramref name="at"/> within the current record.</summary>
    /// <remarks>
    /// Positions asked for in a record mostly come in increasing order (field after field), so the last answer is
    /// kept and the next one counts line breaks only from there: a record costs one pass, however many fields are located.
    /// </remarks>
    private (int Line, int Column) Locate(int at)
    {
        long recordStart = _bufferOffset + _recordStart;
        long target = _bufferOffset + Math.Max(at, _recordStart);
        if (_locatedRecord != recordStart || target < _locatedAt)
        {
            _locatedRecord = recordStart;
            _locatedAt = recordStart;
            _locatedNewlines = 0;
            _locatedLineStart = recordStart;
        }

        var between = _chars.AsSpan((int)(_locatedAt - _bufferOffset), (int)(target - _locatedAt));
        int last = between.LastIndexOf('\n');
        if (last >= 0)
        {
            _locatedNewlines += between.Count('\n');
            _locatedLineStart = _locatedAt + last + 1;
        }

        _locatedAt = target;
        return (_recordLine + _locatedNewlines, (int)Math.Min(int.MaxValue, target - _locatedLineStart + 1));
    }

    /// <summary>Reads one record into field spans; false when the input has no more characters.</summary>
    private bool ReadRecord()
    {
        // Move past the previous record's terminator.
        int pos = _terminator;
        if (_started)
        {
            pos = SkipTerminator(pos);
        }

        _started = true;

        _recordLine = _nextLine;
        _recordStart = pos;
        _fields = 0;
        _quotedNewlines = 0;
        IsDamaged = false;
        if (!EnsureData(ref pos))
        {
            return false;
        }

        char delimiter = Delimiter;
        while (true)
        {
            if (pos >= _length && !EnsureData(ref pos))
            {
                // The record ends with the input (no final line break), after a delimiter: one more empty field.
                AddField(pos, pos, false);
                _terminator = pos;
                break;
            }

            if (Vector256.IsHardwareAccelerated && _chars[pos] != '"')
            {
                if (ScanUnquoted(ref pos))
                {
                    break;
                }

                if (pos >= _length && !EnsureData(ref pos))
                {
                    AddField(pos, pos, false);
                    _terminator = pos;
                    break;
                }
            }

            char c;
            if (_chars[pos] == '"')
            {
                pos = ReadQuoted(pos);
                if (!EnsureData(ref pos))
                {
                    _terminator = pos;
                    break;
                }

                c = _chars[pos];
                if (c != delimiter && c != '\n' && c != '\r')
                {
                    var (line, column) = Locate(pos);
                    _sink.Report(DiagnosticKind.Syntax, line, column, "text follows a closing quote", c.ToString(), $"'{Printable(delimiter)}' or the end of the line after a quoted field");
                    IsDamaged = true;
                    int stop = FindUnquotedStop(ref pos);
                    pos = stop;
                    if (!EnsureData(ref pos))
                    {
                        _terminator = pos;
                        break;
                    }

                    c = _chars[pos];
                }
            }
            else
            {
                // The common case: a short unquoted field, scanned in place; long ones fall back to vectorised search.
                int start = pos;
                char[] chars = _chars;
                int length = _length;
                int limit = Math.Min(length, pos + 32);
                while (pos < limit)
                {
                    char d = chars[pos];
                    if (d == delimiter || d == '\n' || d == '\r')
                    {
                        break;
                    }

                    pos++;
                }

                if (pos == limit)
                {
                    pos = FindUnquotedStop(ref start);
                }

                if (pos - start > _maxFieldLength)
                {
                    ReportTooLong(start);
                }

                AddField(start, pos, false);
                if (pos >= _length)
                {
                    _terminator = pos;
                    break;
                }

                c = _chars[pos];
            }

            if (c == delimiter)
            {
                pos++;
                if (pos < _length)
                {
                    continue;
                }

                if (!EnsureData(ref pos))
                {
                    AddField(pos, pos, false);
                    _terminator = pos;
                    break;
                }

                continue;
            }

            _terminator = pos;
            break;
        }

        // Only quoted fields can hold line breaks (counted while they were scanned).
        _nextLine = _recordLine + 1 + _quotedNewlines;
        ReportBadCharacters();
        return true;
    }

    /// <summary>
    /// The fast path: from the field start <paramref name="pos"/>, finds delimiters and line breaks 16 characters at
    /// a time (one compare per kind, one bit mask) and records unquoted fields until the record ends (returns
    /// true, terminator set) or a field starts with a quote or the buffer's end is near (returns false, with
    /// <paramref name="pos"/> at the field start the general path continues from).
    /// </summary>
    private bool ScanUnquoted(ref int pos)
    {
        var delimiter = Vector256.Create((ushort)Delimiter);
        var newline = Vector256.Create((ushort)'\n');
        var carriage = Vector256.Create((ushort)'\r');
        var quote = Vector256.Create((ushort)'"');
        ref ushort origin = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(_chars));
        int fieldStart = pos;
        int at = pos;
        while (at + Vector256<ushort>.Count <= _length)
        {
            var block = Vector256.LoadUnsafe(ref origin, (nuint)at);
            uint mask = (Vector256.Equals(block, delimiter) | Vector256.Equals(block, newline) | Vector256.Equals(block, carriage) | Vector256.Equals(block, quote))
                .ExtractMostSignificantBits();
            while (mask != 0)
            {
                int stop = at + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                char c = _chars[stop];
                if (c == '"')
                {
                    if (stop == fieldStart)
                    {
                        pos = fieldStart;
                        return false; // a quoted field: the general path reads it
                    }

                    continue; // a quote inside an unquoted field is literal text
                }

                if (stop - fieldStart > _maxFieldLength)
                {
                    ReportTooLong(fieldStart);
                }

                AddField(fieldStart, stop, false);
                if (c != Delimiter)
                {
                    _terminator = stop;
                    pos = stop;
                    return true;
                }

                fieldStart = stop + 1;
            }

            at += Vector256<ushort>.Count;
        }

        pos = fieldStart;
        return false;
    }

    /// <summary>Position after the line break at <paramref name="pos"/> (CRLF, LF or CR), or <paramref name="pos"/> at the end.</summary>
    private int SkipTerminator(int pos)
    {
        if (!EnsureData(ref pos))
        {
            return pos;
        }

        if (_chars[pos] == '\r')
        {
            pos++;
            if (EnsureData(ref pos) && _chars[pos] == '\n')
            {
                pos++;
            }

            return pos;
        }

        return _chars[pos] == '\n' ? pos + 1 : pos;
    }

    /// <summary>Reads a quoted field starting at its opening quote; returns the position after the closing quote.</summary>
    private int ReadQuoted(int pos)
    {
        int quote = pos;
        pos++;
        int start = pos;
        int write = -1; // where unescaped text is written back once a doubled quote is seen
        while (true)
        {
            int found;
            while ((found = _chars.AsSpan(pos, _length - pos).IndexOf('"')) < 0)
            {
                _quotedNewlines += _chars.AsSpan(pos, _length - pos).Count('\n');
                // No closing quote in the buffer: keep what was scanned (compacted if escapes were seen), refill.
                if (write >= 0)
                {
                    _chars.AsSpan(pos, _length - pos).CopyTo(_chars.AsSpan(write));
                    write += _length - pos;
                    _length = write;
                }

                pos = _length;
                if (pos - start > _maxFieldLength)
                {
                    ReportTooLong(quote);
                    _length = pos = start + _maxFieldLength; // drop the excess: memory stays bounded
                    if (write >= 0)
                    {
                        write = pos;
                    }
                }

                int shift = Refill(ref pos);
                start -= shift;
                quote -= shift;
                if (write >= 0)
                {
                    write -= shift;
                }

                if (pos >= _length)
                {
                    var (line, column) = Locate(quote);
                    EndedInQuote = true;
                    _sink.Report(DiagnosticKind.Syntax, line, column, "a quoted field is never closed", null, "a closing '\"' before the end of the file");
                    IsDamaged = true;
                    AddField(start, write >= 0 ? write : _length, true);
                    return _length;
                }
            }

            int close = pos + found;
            _quotedNewlines += _chars.AsSpan(pos, found).Count('\n');
            if (write >= 0)
            {
                _chars.AsSpan(pos, found).CopyTo(_chars.AsSpan(write));
                write += found;
            }

            pos = close + 1;
            if (EnsureData(ref pos, ref start, ref quote, ref write) && _chars[pos] == '"')
            {
                // A doubled quote: one literal quote, and the field continues.
                if (write < 0)
                {
                    write = close;
                }

                _chars[write++] = '"';
                pos++;
                continue;
            }

            // pos − 1 is the closing quote: EnsureData may have moved the buffer (a closing quote at its end, as at the
            // end of a file without a final line break), which shifted pos but not close.
            int end = write >= 0 ? write : pos - 1;
            CheckLength(start, end);
            AddField(start, end, true);
            return pos;
        }
    }

    /// <summary>The position of the next delimiter or line break from <paramref name="start"/> (refilling as needed), or the end of the input.</summary>
    private int FindUnquotedStop(ref int start)
    {
        int pos = start;
        while (true)
        {
            int found = _chars.AsSpan(pos, _length - pos).IndexOfAny(_unquotedStops);
            if (found >= 0)
            {
                return pos + found;
            }

            pos = _length;
            if (pos - start > _maxFieldLength)
            {
                ReportTooLong(start);
                _length = pos = start + _maxFieldLength; // drop the excess: memory stays bounded
            }

            int shift = Refill(ref pos);
            start -= shift;
            if (pos >= _length)
            {
                return pos;
            }
        }
    }

    private void CheckLength(int start, int end)
    {
        if (end - start > _maxFieldLength)
        {
            ReportTooLong(start);
        }
    }

    private void ReportTooLong(int at)
    {
        if (IsDamaged && _sink.Mode == ReadMode.Lenient)
        {
            return;
        }

        var (line, column) = Locate(at);
        IsDamaged = true;
        _sink.Report(
            DiagnosticKind.Syntax, line, column,
            string.Create(CultureInfo.InvariantCulture, $"a field is longer than {_maxFieldLength} characters"),
            null, string.Create(CultureInfo.InvariantCulture, $"fields of at most {_maxFieldLength} characters (is a quote unclosed?)"));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void AddField(int start, int end, bool quoted)
    {
        if (_fields == _starts.Length)
        {
            if (_fields >= _maxColumns)
            {
                var (line, column) = Locate(start);
                throw _sink.Fatal(
                    DiagnosticKind.Syntax, line, column,
                    string.Create(CultureInfo.InvariantCulture, $"the record has more than {_maxColumns} fields, the limit MaxColumns"), null,
                    "fewer fields, or a higher SurveyReadOptions.MaxColumns");
            }

            Array.Resize(ref _starts, _fields * 2);
            Array.Resize(ref _ends, _fields * 2);
            Array.Resize(ref _quoted, _fields * 2);
        }

        _starts[_fields] = start;
        _ends[_fields] = end;
        _quoted[_fields] = quoted;
        _fields++;
    }

    /// <summary>Reports NUL characters and invalid UTF-8 that fall within the record just read.</summary>
    private void ReportBadCharacters()
    {
        long end = _bufferOffset + _terminator;
        while (_badCharacters.TryPeek(out var bad, out long position) && position <= end)
        {
            _badCharacters.Dequeue();
            var (at, nul) = bad;
            var (line, column) = Locate((int)(at - _bufferOffset));
            IsDamaged = true;
            if (nul)
            {
                _sink.Report(DiagnosticKind.Encoding, line, column, "the file contains a NUL byte; it is binary, not text", "\\0", "a UTF-8 or UTF-16 text file");
                _finished = true;
                _badCharacters.Clear();
                return;
            }

            _sink.Report(DiagnosticKind.Encoding, line, column, !_utf16 ? "the file is not valid UTF-8" : "the file is not valid UTF-16 (a lone surrogate)", null, "UTF-8 text (or UTF-16 with a byte-order mark)");
        }
    }

    private bool EnsureData(ref int pos)
    {
        int none = -1, alsoNone = -1, write = -1;
        return EnsureData(ref pos, ref none, ref alsoNone, ref write);
    }

    /// <summary>Makes sure a character is available at <paramref name="pos"/>, shifting the other positions with the buffer.</summary>
    private bool EnsureData(ref int pos, ref int a, ref int b, ref int c)
    {
        if (pos < _length)
        {
            return true;
        }

        int shift = Refill(ref pos);
        if (a >= 0)
        {
            a -= shift;
        }

        if (b >= 0)
        {
            b -= shift;
        }

        if (c >= 0)
        {
            c -= shift;
        }

        return pos < _length;
    }

    /// <summary>
    /// Moves the current record to the front of the buffer (growing it if the record fills it) and decodes more
    /// input after it. Returns how far positions moved left; <paramref name="pos"/> is adjusted.
    /// </summary>
    private int Refill(ref int pos)
    {
        if (_inputDone)
        {
            return 0;
        }

        int shift = _recordStart;
        int keep = _length - shift;
        if (keep > _maxRecordLength)
        {
            throw _sink.Fatal(
                DiagnosticKind.Syntax, _recordLine, 1,
                string.Create(CultureInfo.InvariantCulture, $"the record is longer than {_maxRecordLength} characters, the limit MaxRecordLength (often an unclosed quote)"), null,
                "a shorter record, or a higher SurveyReadOptions.MaxRecordLength");
        }

        if (shift > 0)
        {
            Array.Copy(_chars, shift, _chars, 0, keep);
            for (int i = 0; i < _fields; i++)
            {
                _starts[i] -= shift;
                _ends[i] -= shift;
            }

            _bufferOffset += shift;
            _recordStart = 0;
            _terminator -= shift;
            _length = keep;
            pos -= shift;
        }

        if (_length > _chars.Length / 2)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        Fill();
        return shift;
    }

    /// <summary>Decodes more input into the free end of the character buffer.</summary>
    private void Fill()
    {
        int before = _length;
        while (_length == before && !_inputDone)
        {
            // Line by line: more bytes are read only when no whole line is buffered.
            int lineEnd = _lineDecoding ? _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).IndexOf((byte)'\n') : -1;
            bool more = lineEnd >= 0 ? !_streamDone : ReadBytes();
            if (_lineDecoding)
            {
                lineEnd = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).IndexOf((byte)'\n');
            }

            if (_byteEnd == _byteStart && !more)
            {
                if (_pendingHigh != '\0' && _length < _chars.Length)
                {
                    _pendingHigh = '\0';
                    int added = 0;
                    BadUtf16(_chars.AsSpan(_length), ref added); // the file ends inside a surrogate pair
                    _length += added;
                }

                _inputDone = true;
                break;
            }

            var free = _chars.AsSpan(_length);
            if (_utf16)
            {
                DecodeUtf16(free, final: !more);
                continue;
            }

            int take = lineEnd >= 0 ? lineEnd + 1 : _byteEnd - _byteStart;
            var status = Utf8.ToUtf16(_bytes.AsSpan(_byteStart, take), free, out int read, out int written, replaceInvalidSequences: false, isFinalBlock: !more || lineEnd >= 0);
            _byteStart += read;
            _length += written;
            if (status == OperationStatus.InvalidData && _length < _chars.Length)
            {
                // Remember where, emit U+FFFD for the bad byte, and go on; the record holding it is reported.
                _badCharacters.Enqueue((_bufferOffset + _length, false), _bufferOffset + _length);
                _chars[_length++] = '\uFFFD';
                _byteStart++;
            }
        }

        int nul = _chars.AsSpan(before, _length - before).IndexOf('\0');
        if (nul >= 0)
        {
            _badCharacters.Enqueue((_bufferOffset + before + nul, true), _bufferOffset + before + nul);
        }
    }

    /// <summary>
    /// Decodes UTF-16 code units into <paramref name="free"/> by hand, so that a lone surrogate (or a final odd byte)
    /// becomes one U+FFFD at the exact place it stands, reported with the record holding it, and decoding goes on
    /// after it: nothing around it is lost.
    /// </summary>
    private void DecodeUtf16(Span<char> free, bool final)
    {
        var bytes = _bytes.AsSpan(_byteStart, _byteEnd - _byteStart);
        int units = Math.Min(bytes.Length / 2, free.Length - 1);
        int written = 0;

        // The common case, no surrogate at all: one block copy (byte-swapped when the order differs from the machine's).
        var source = MemoryMarshal.Cast<byte, ushort>(bytes[..(units * 2)]);
        var target = MemoryMarshal.Cast<char, ushort>(free[..units]);
        if (_utf16BigEndian == BitConverter.IsLittleEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(source, target);
        }
        else
        {
            source.CopyTo(target);
        }

        if (_pendingHigh == '\0' && free[..units].IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            written = units;
            units = 0; // nothing left for the code-unit loop below
            _byteStart += written * 2;
        }

        for (int i = 0; i < units; i++)
        {
            char c = _utf16BigEndian ? (char)((bytes[2 * i] << 8) | bytes[(2 * i) + 1]) : (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
            if (_pendingHigh != '\0')
            {
                char high = _pendingHigh;
                _pendingHigh = '\0';
                if (char.IsLowSurrogate(c))
                {
                    free[written++] = high;
                    free[written++] = c;
                    continue;
                }

                BadUtf16(free, ref written);
            }

            if (char.IsHighSurrogate(c))
            {
                _pendingHigh = c;
            }
            else if (char.IsLowSurrogate(c))
            {
                BadUtf16(free, ref written);
            }
            else
            {
                free[written++] = c;
            }
        }

        _byteStart += units * 2;
        if (final && _byteEnd - _byteStart < 2 && written < free.Length)
        {
            if (_pendingHigh != '\0' || _byteEnd - _byteStart == 1)
            {
                _pendingHigh = '\0';
                BadUtf16(free, ref written); // a high surrogate or a half code unit at the end of the file
            }

            _byteStart = _byteEnd;
        }

        _length += written;
    }

    private void BadUtf16(Span<char> free, ref int written)
    {
        long at = _bufferOffset + _length + written;
        _badCharacters.Enqueue((at, false), at);
        free[written++] = '\uFFFD';
    }

    /// <summary>Moves unread bytes to the front and reads more; false when the stream has ended and nothing is buffered.</summary>
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
            _bytesRead += n;
        }

        return !_streamDone;
    }

    private void DetectEncoding()
    {
        ReadBytes();
        var head = _bytes.AsSpan(0, _byteEnd);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            _utf16 = true;
            _byteStart = 2;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            _utf16 = true;
            _utf16BigEndian = true;
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
        Span<int> counts = stackalloc int[3];
        ReadOnlySpan<char> candidates = [',', ';', '\t'];
        bool quoted = false;
        foreach (char c in _chars.AsSpan(0, _length))
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

    /// <summary>A delimiter as a message shows it.</summary>
    public static string Printable(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();
}
