using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using KanoKit.Answers;
using KanoKit.Tallies;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Counts the rows of a wide UTF-8 file straight from its bytes, without decoding them or storing fields: a
/// vectorised structural scan (32 bytes at a time, one bit mask of delimiters, line feeds and "special" bytes — quotes,
/// carriage returns, NUL and non-ASCII) walks the fields of each row, one-byte answer cells are looked up in a table,
/// and other unquoted ASCII cells (labels, padded codes, importance ratings) are parsed as the general path parses them.
/// </summary>
/// <remarks>
/// A row is counted here only when nothing about it can be a problem: plain ASCII without quotes or NUL, the header's
/// width, every answer known, a new non-empty respondent id. Any other row stops the scan <em>before</em> it, and the
/// general path (<see cref="WideLayout"/> over the record reader) reads it with its exact line and column, after which
/// the scan resumes. Nothing is counted for a row until the whole row has been checked, so a row either goes here or
/// there, whole. Nothing is allocated per row.
/// </remarks>
internal sealed class WideByteRows
{
    private const int Ignored = -1;
    private const int Id = -2;

    /// <summary>Bytes of one cell widened to characters for parsing; longer cells go to the general path.</summary>
    private const int MaxParsedCell = 128;

    private readonly int[] _roles; // per column: answer slot (2k functional, 2k+1 dysfunctional), Ignored, Id, or −3 − k: importance of feature k
    private readonly int _width;
    private readonly byte _delimiter;
    private readonly sbyte[] _digit = new sbyte[256]; // the answer of a one-byte cell; −1: not a one-digit code of the scale
    private readonly AnswerScale _scale;
    private readonly FeatureAccumulator[] _features;
    private readonly RespondentIdSet? _ids;
    private readonly int _maxRowLength;
    private readonly Answer[] _answers;
    private readonly double[] _importance;
    private readonly bool[] _rated;
    private int _idStart;
    private int _idEnd;

    /// <param name="columns">Header width.</param>
    /// <param name="delimiter">The field delimiter (ASCII).</param>
    /// <param name="features">Per feature: functional, dysfunctional and importance columns.</param>
    /// <param name="idColumn">The respondent column, if any (its ids must be new and non-empty).</param>
    /// <param name="scale">The answer scale.</param>
    /// <param name="accumulators">Where counts go, one per feature.</param>
    /// <param name="ids">The ids seen so far, shared with the general path; required when <paramref name="idColumn"/> is set.</param>
    /// <param name="maxFieldLength">Rows longer than this go to the general path, which reports fields that are too long.</param>
    public WideByteRows(int columns, char delimiter, IReadOnlyList<(int Functional, int Dysfunctional, int? Importance)> features, int? idColumn, AnswerScale scale, FeatureAccumulator[] accumulators, RespondentIdSet? ids, int maxFieldLength)
    {
        _width = columns;
        _delimiter = (byte)delimiter;
        _scale = scale;
        _features = accumulators;
        _ids = ids;
        _maxRowLength = maxFieldLength;
        _roles = new int[columns];
        Array.Fill(_roles, Ignored);
        for (int k = 0; k < features.Count; k++)
        {
            _roles[features[k].Functional] = 2 * k;
            _roles[features[k].Dysfunctional] = (2 * k) + 1;
            if (features[k].Importance is int importance)
            {
                _roles[importance] = -3 - k;
            }
        }

        if (idColumn is int id)
        {
            _roles[id] = Id;
        }

        _answers = new Answer[2 * features.Count];
        _importance = new double[features.Count];
        _rated = new bool[features.Count];
        Array.Fill(_digit, (sbyte)-1);
        for (int d = 0; d <= 9; d++)
        {
            if (scale.TryDigit(d, out var answer))
            {
                _digit['0' + d] = (sbyte)answer;
            }
        }
    }

    /// <summary>Whether the fast path can serve a file with this delimiter (an ASCII one other than the quote).</summary>
    public static bool Serves(char delimiter) => delimiter < 0x80 && delimiter is not ('"' or '\n' or '\r' or '\0');

    /// <summary>
    /// Counts whole rows from the start of <paramref name="bytes"/> (which starts at a line start).
    /// </summary>
    /// <param name="bytes">Pending input bytes.</param>
    /// <param name="consumed">Bytes of the rows counted (and blank lines skipped).</param>
    /// <param name="lines">Lines consumed.</param>
    /// <param name="rows">Rows counted (respondents).</param>
    /// <returns>
    /// <see langword="true"/> when the scan stopped before a row the general path must read; <see langword="false"/>
    /// when it ran out of whole rows (more bytes are needed, or the input ends without a line feed).
    /// </returns>
    public bool Count(ReadOnlySpan<byte> bytes, out int consumed, out int lines, out long rows)
    {
        consumed = 0;
        lines = 0;
        rows = 0;
        int n = bytes.Length;
        int rowStart = 0;
        int fieldStart = 0;
        int field = 0;
        int skip = -1; // the line feed of a CRLF already handled
        ref byte origin = ref MemoryMarshal.GetReference(bytes);
        var delimiter = Vector256.Create(_delimiter);
        var lineFeed = Vector256.Create((byte)'\n');
        var carriage = Vector256.Create((byte)'\r');
        var quote = Vector256.Create((byte)'"');
        Span<byte> tail = stackalloc byte[32];
        for (int block = 0; block < n; block += 32)
        {
            Vector256<byte> bits;
            if (block + 32 <= n)
            {
                bits = Vector256.LoadUnsafe(ref origin, (nuint)block);
            }
            else
            {
                tail.Fill((byte)'a');
                bytes[block..].CopyTo(tail);
                bits = Vector256.Create((ReadOnlySpan<byte>)tail);
            }

            uint mask = (Vector256.Equals(bits, delimiter) | Vector256.Equals(bits, lineFeed) | Vector256.Equals(bits, carriage)
                | Vector256.Equals(bits, quote) | Vector256.Equals(bits, Vector256<byte>.Zero)).ExtractMostSignificantBits()
                | bits.ExtractMostSignificantBits();
            while (mask != 0)
            {
                int p = block + BitOperations.TrailingZeroCount(mask);
                mask &= mask - 1;
                byte b = Unsafe.Add(ref origin, p);
                if (b == _delimiter)
                {
                    if (field + 1 >= _width || !Field(bytes, fieldStart, p, field))
                    {
                        return true;
                    }

                    field++;
                    fieldStart = p + 1;
                    continue;
                }

                int next = p + 1;
                if (b == '\r')
                {
                    if (p + 1 >= n)
                    {
                        return false; // the line feed may follow in the next bytes
                    }

                    if (Unsafe.Add(ref origin, p + 1) != '\n')
                    {
                        return true; // a lone carriage return ends a record: the general path
                    }

                    next = p + 2;
                    skip = p + 1;
                }
                else if (b != '\n')
                {
                    return true; // a quote, NUL or non-ASCII byte
                }
                else if (p == skip)
                {
                    continue;
                }

                if (p == rowStart)
                {
                    lines++; // a blank line
                }
                else if (field != _width - 1 || p - rowStart > _maxRowLength || !Field(bytes, fieldStart, p, field) || !Commit(bytes))
                {
                    return true;
                }
                else
                {
                    lines++;
                    rows++;
                }

                consumed = rowStart = fieldStart = next;
                field = 0;
            }
        }

        return false;
    }

    /// <summary>Reads field <paramref name="column"/> (bytes <paramref name="start"/> to <paramref name="end"/>) into the row state; false: the general path must read the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Field(ReadOnlySpan<byte> bytes, int start, int end, int column)
    {
        int role = _roles[column];
        if (role >= 0)
        {
            if (end - start == 1)
            {
                int answer = _digit[bytes[start]];
                if (answer >= 0)
                {
                    _answers[role] = (Answer)answer;
                    return true;
                }
            }
            else if (end == start)
            {
                _answers[role] = Answer.Missing;
                return true;
            }

            return Label(bytes[start..end], out _answers[role]);
        }

        if (role == Ignored)
        {
            return true;
        }

        if (role == Id)
        {
            _idStart = start;
            _idEnd = end;
            return true;
        }

        return Rating(bytes[start..end], -3 - role);
    }

    /// <summary>An answer cell other than one digit, parsed by the scale as the general path parses it.</summary>
    private bool Label(ReadOnlySpan<byte> cell, out Answer answer)
    {
        answer = Answer.Missing;
        if (cell.Length > MaxParsedCell)
        {
            return false;
        }

        Span<char> text = stackalloc char[cell.Length];
        Widen(cell, text);
        return _scale.TryParse(text, out answer);
    }

    /// <summary>An importance cell: empty (no rating) or a plain number; anything else (labels, decimal commas) goes to the general path.</summary>
    private bool Rating(ReadOnlySpan<byte> cell, int feature)
    {
        if (cell.Length == 1 && (uint)(cell[0] - '0') <= 9)
        {
            _importance[feature] = cell[0] - '0';
            _rated[feature] = true;
            return true;
        }

        if (cell.Length > MaxParsedCell)
        {
            return false;
        }

        Span<char> text = stackalloc char[cell.Length];
        Widen(cell, text);
        var trimmed = ((ReadOnlySpan<char>)text).Trim();
        if (trimmed.IsEmpty)
        {
            _rated[feature] = false;
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Abs(value) <= RowCursor.MaxNumber)
        {
            _importance[feature] = value;
            _rated[feature] = true;
            return true;
        }

        return false;
    }

    /// <summary>Counts the checked row: its id (new, non-empty) first, then every pair; false (nothing counted) for the general path.</summary>
    private bool Commit(ReadOnlySpan<byte> bytes)
    {
        if (_ids is not null)
        {
            var cell = bytes[_idStart.._idEnd];
            if (!_ids.TryAddNumber(cell, out bool added))
            {
                if (cell.Length > MaxParsedCell)
                {
                    return false;
                }

                Span<char> text = stackalloc char[cell.Length];
                Widen(cell, text);
                var id = ((ReadOnlySpan<char>)text).Trim();
                added = !id.IsEmpty && _ids.Add(id);
            }

            if (!added)
            {
                return false; // an empty or repeated id: the general path reports it (nothing was added)
            }
        }

        var answers = _answers;
        for (int k = 0; k < _features.Length; k++)
        {
            var functional = answers[2 * k];
            var dysfunctional = answers[(2 * k) + 1];
            var accumulator = _features[k];
            if (functional == Answer.Missing || dysfunctional == Answer.Missing)
            {
                accumulator.Missing++;
            }
            else
            {
                accumulator.Cells[PairTally.CellIndex(functional, dysfunctional)]++;
            }

            if (_rated[k])
            {
                double value = _importance[k];
                accumulator.Importance = accumulator.Importance.Add(value, value, value);
            }
        }

        return true;
    }

    /// <summary>ASCII bytes to characters (the scan has checked every byte of the row is ASCII).</summary>
    private static void Widen(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = (char)bytes[i];
        }
    }
}
