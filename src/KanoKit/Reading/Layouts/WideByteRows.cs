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
/// Rows of the usual shapes — a plain-number respondent id first, then one code of the scale per answer column; or a
/// survey tool's leading columns (dates, status, a text id such as Qualtrics' <c>R_…</c>), then only codes — are
/// checked whole against a template, 32 bytes per vector compare, and counted into flat per-feature counts that are
/// added to the accumulators when the call returns.
/// </summary>
/// <remarks>
/// A row is counted here only when nothing about it can be a problem: plain ASCII without quotes or NUL, the header's
/// width, every answer known, a new non-empty respondent id. Any other row stops the scan <em>before</em> it, and the
/// general path (<see cref="WideLayout"/> over the record reader) reads it with its exact line and column, after which
/// the scan resumes. Nothing is counted for a row until the whole row has been checked, so a row either goes here or
/// there, whole. Segment cells (trimmed, as the general path trims them) are looked up in the router's text sets, so a
/// value seen before costs a lookup and a new one is stored once; each row is counted overall and in its segments, as
/// the general path counts it. Nothing is allocated per row.
/// </remarks>
internal sealed class WideByteRows
{
    private const int Ignored = -1;
    private const int Id = -2;
    private const int Segment = -3;
    private const int FirstImportance = -4; // importance of feature k: FirstImportance − k

    /// <summary>Bytes of one cell widened to characters for parsing; longer cells go to the general path.</summary>
    private const int MaxParsedCell = 128;

    /// <summary>Labels remembered with their answers (a power of two; <see cref="LabelSlot"/> gives six bits).</summary>
    private const int LabelSlots = 64;

    /// <summary>The longest label remembered, in bytes.</summary>
    private const int MaxCachedLabel = 48;

    private readonly byte[] _labelBytes = new byte[LabelSlots * MaxCachedLabel];
    private readonly byte[] _labelLength = new byte[LabelSlots]; // 0: a free slot
    private readonly Answer[] _labelAnswer = new Answer[LabelSlots];

    private readonly int[] _roles; // per column: answer slot (2k functional, 2k+1 dysfunctional), Ignored, Id, Segment, or FirstImportance − k: importance of feature k
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
    private readonly SegmentRouter? _segments;
    private readonly int[] _segmentOf = []; // per column: the index of its segment column, or −1
    private readonly int[] _segmentStart = [];
    private readonly int[] _segmentEnd = [];

    // The template of the usual row (see TemplateRow); _templateTail 0: rows of this file have no template.
    private const int CountStride = PairTally.CellCount + 1; // 25 cells, then the missing pairs
    private readonly int _templateTail; // bytes from the delimiter before the first answer to the line feed
    private readonly int _firstAnswer; // the first answer column: every column from it on is an answer, none before it
    private readonly bool _classicTemplate; // the id first, then only answers: the id is parsed as a plain number inline
    private readonly int _idField = -1; // the id's column among the leading ones (−1: none)
    private readonly Vector256<byte> _templatePattern; // even bytes: the delimiter; odd bytes: the lowest code
    private readonly Vector256<byte> _templateSpread; // even bytes: 0; odd bytes: highest − lowest code
    private readonly int[] _functionalAt = [];
    private readonly int[] _dysfunctionalAt = [];
    private readonly byte[] _pairCell = new byte[256]; // (functional & 15) << 4 | (dysfunctional & 15): cell, or 25 when missing
    private readonly long[] _counts;

    // Importance columns in the template: one digit 0–9 each, counted per digit and added to the moments exactly.
    private readonly Vector256<byte>[] _blockPatterns = []; // per 32-byte block of the tail (the last one ends at the line feed)
    private readonly Vector256<byte>[] _blockSpreads = [];
    private readonly int[] _ratingAt = []; // per rated feature: the offset of its digit from the id's delimiter
    private readonly int[] _ratingFeature = [];
    private readonly long[] _ratingCounts = []; // per rated feature, ten digit counts
    private bool _ratingsPending;

    /// <param name="columns">Header width.</param>
    /// <param name="delimiter">The field delimiter (ASCII).</param>
    /// <param name="features">Per feature: functional, dysfunctional and importance columns.</param>
    /// <param name="idColumn">The respondent column, if any (its ids must be new and non-empty).</param>
    /// <param name="scale">The answer scale.</param>
    /// <param name="accumulators">Where counts go, one per feature.</param>
    /// <param name="ids">The ids seen so far, shared with the general path; required when <paramref name="idColumn"/> is set.</param>
    /// <param name="maxFieldLength">Rows longer than this go to the general path, which reports fields that are too long.</param>
    /// <param name="segmentColumns">The segment columns (none of them an answer, importance or id column), in the router's order.</param>
    /// <param name="segments">Where rows are routed by their segment values (values in first-seen order); required with segment columns.</param>
    public WideByteRows(int columns, char delimiter, IReadOnlyList<(int Functional, int Dysfunctional, int? Importance)> features, int? idColumn, AnswerScale scale, FeatureAccumulator[] accumulators, RespondentIdSet? ids, int maxFieldLength, int[]? segmentColumns = null, SegmentRouter? segments = null)
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
                _roles[importance] = FirstImportance - k;
            }
        }

        if (idColumn is int id)
        {
            _roles[id] = Id;
        }

        if (segmentColumns is { Length: > 0 })
        {
            _segments = segments ?? throw new ArgumentNullException(nameof(segments));
            _segmentOf = new int[columns];
            Array.Fill(_segmentOf, -1);
            for (int s = 0; s < segmentColumns.Length; s++)
            {
                if (_roles[segmentColumns[s]] != Ignored)
                {
                    throw new ArgumentException("A segment column of the byte path must not be an answer, importance or id column.", nameof(segmentColumns));
                }

                _roles[segmentColumns[s]] = Segment;
                _segmentOf[segmentColumns[s]] = s;
            }

            _segmentStart = new int[segmentColumns.Length];
            _segmentEnd = new int[segmentColumns.Length];
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

        _counts = new long[features.Count * CountStride];
        _firstAnswer = _width;
        while (_firstAnswer > 0 && (_roles[_firstAnswer - 1] >= 0 || _roles[_firstAnswer - 1] <= FirstImportance))
        {
            _firstAnswer--;
        }

        _idField = idColumn is int at && at < _firstAnswer ? at : -1;
        _classicTemplate = _firstAnswer == 1 && _idField == 0;
        _templateTail = Template(features, out _templatePattern, out _templateSpread, out _functionalAt, out _dysfunctionalAt);
        if (_templateTail != 0 && features.Any(f => f.Importance is not null))
        {
            _ratingFeature = [.. Enumerable.Range(0, features.Count).Where(k => features[k].Importance is not null)];
            _ratingAt = [.. _ratingFeature.Select(k => (2 * (features[k].Importance!.Value - _firstAnswer)) + 1)];
            _ratingCounts = new long[10 * _ratingFeature.Length];
            (_blockPatterns, _blockSpreads) = Blocks();
        }
    }

    /// <summary>
    /// The per-block vectors of a template with importance columns: at each odd offset from the delimiter before the first answer, the
    /// answer codes' range, or 0–9 for an importance column; at each even offset, the delimiter.
    /// </summary>
    private (Vector256<byte>[] Patterns, Vector256<byte>[] Spreads) Blocks()
    {
        int low = Array.FindIndex(_digit, d => d >= 0);
        int high = Array.FindLastIndex(_digit, d => d >= 0);
        int count = (_templateTail + 31) / 32;
        var patterns = new Vector256<byte>[count];
        var spreads = new Vector256<byte>[count];
        Span<byte> pattern = stackalloc byte[32];
        Span<byte> spread = stackalloc byte[32];
        for (int b = 0; b < count; b++)
        {
            int offset = Math.Min(32 * b, _templateTail - 32);
            for (int i = 0; i < 32; i++)
            {
                int at = offset + i;
                bool rating = at % 2 == 1 && _roles[_firstAnswer + ((at - 1) / 2)] <= FirstImportance;
                pattern[i] = at % 2 == 0 ? _delimiter : rating ? (byte)'0' : (byte)low;
                spread[i] = at % 2 == 0 ? (byte)0 : rating ? (byte)9 : (byte)(high - low);
            }

            patterns[b] = Vector256.Create((ReadOnlySpan<byte>)pattern);
            spreads[b] = Vector256.Create((ReadOnlySpan<byte>)spread);
        }

        return (patterns, spreads);
    }

    /// <summary>
    /// The template of a row whose last columns are all answers (at least 16) and whose leading columns are the
    /// respondent id and columns read as nothing (a survey tool's dates, status, progress …), when the scale's one-digit
    /// codes form a range: the length from the delimiter before the first answer to the line feed (0: no template), and
    /// the vectors that check 32 bytes of it.
    /// </summary>
    private int Template(IReadOnlyList<(int Functional, int Dysfunctional, int? Importance)> features, out Vector256<byte> pattern, out Vector256<byte> spread, out int[] functionalAt, out int[] dysfunctionalAt)
    {
        pattern = default;
        spread = default;
        functionalAt = [];
        dysfunctionalAt = [];
        int low = Array.FindIndex(_digit, d => d >= 0);
        int high = Array.FindLastIndex(_digit, d => d >= 0);
        int tail = 2 * (_width - _firstAnswer);
        bool leadingPlain = _roles.Take(_firstAnswer).All(r => r is Ignored or Id) && (_ids is not null || !_roles.Contains(Id));
        if (_firstAnswer == 0 || !leadingPlain || tail < 32 || low < 0 || _digit.Skip(low).Take(high - low + 1).Any(d => d < 0))
        {
            return 0;
        }

        Span<byte> lanes = stackalloc byte[32];
        for (int i = 0; i < 32; i++)
        {
            lanes[i] = i % 2 == 0 ? _delimiter : (byte)low;
        }

        pattern = Vector256.Create((ReadOnlySpan<byte>)lanes);
        for (int i = 0; i < 32; i++)
        {
            lanes[i] = i % 2 == 0 ? (byte)0 : (byte)(high - low);
        }

        spread = Vector256.Create((ReadOnlySpan<byte>)lanes);
        for (int f = low; f <= high; f++)
        {
            for (int d = low; d <= high; d++)
            {
                var functional = (Answer)_digit[f];
                var dysfunctional = (Answer)_digit[d];
                _pairCell[((f & 15) << 4) | (d & 15)] = (byte)(functional == Answer.Missing || dysfunctional == Answer.Missing ? PairTally.CellCount : PairTally.CellIndex(functional, dysfunctional));
            }
        }

        // (importance columns among the answers, when there are any, are checked by the per-block vectors of Blocks)
        functionalAt = [.. features.Select(f => (2 * (f.Functional - _firstAnswer)) + 1)];
        dysfunctionalAt = [.. features.Select(f => (2 * (f.Dysfunctional - _firstAnswer)) + 1)];
        return tail;
    }

    /// <summary>Whether the fast path can serve a file with this delimiter (an ASCII one other than the quote).</summary>
    public static bool Serves(char delimiter) => delimiter < 0x80 && delimiter is not ('"' or '\n' or '\r' or '\0');

    /// <summary>Whether the fast path can route rows by these segment columns: none of them has another role.</summary>
    public static bool ServesSegments(IEnumerable<int> segmentColumns, IReadOnlyList<(int Functional, int Dysfunctional, int? Importance)> features, int? idColumn) =>
        !segmentColumns.Any(c => c == idColumn || features.Any(f => f.Functional == c || f.Dysfunctional == c || f.Importance == c));

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
        Span<byte> tail = stackalloc byte[32];
        bool template = _templateTail != 0 && RatingsStayExact(bytes.Length);
        try
        {
            while (true)
            {
                int next;
                if (template && TemplateRow(bytes, consumed, out next))
                {
                    lines++;
                    rows++;
                    consumed = next;
                    continue;
                }

                if (_ratingsPending)
                {
                    FlushRatings(); // the moments take this row's rating after those of the template rows before it
                }

                switch (Row(bytes, consumed, tail, out next))
                {
                    case RowEnd.Counted:
                        rows++;
                        template = template && (_ratingAt.Length == 0 || RatingsStayExact(bytes.Length));
                        break;
                    case RowEnd.Blank:
                        break;
                    case RowEnd.General:
                        return true;
                    default:
                        return false;
                }

                lines++;
                consumed = next;
            }
        }
        finally
        {
            Flush();
        }
    }

    /// <summary>
    /// The row at <paramref name="rowStart"/> when it has the usual shape — a plain-number respondent id, then one code
    /// of the scale's digit range per answer column, delimiters between, a line feed at the end — checked 32 bytes at a
    /// time against the template of that shape, then counted; false (nothing counted) for any other row.
    /// </summary>
    private bool TemplateRow(ReadOnlySpan<byte> bytes, int rowStart, out int next)
    {
        if (!_classicTemplate)
        {
            return PrefixedTemplateRow(bytes, rowStart, out next);
        }

        next = 0;
        ref byte origin = ref MemoryMarshal.GetReference(bytes);
        int n = bytes.Length;

        // The id: 1 to 8 digits without a leading zero (a plain number of the id set), then the delimiter.
        int limit = Math.Min(n, rowStart + 9);
        int p = rowStart;
        int number = 0;
        uint digit;
        while (p < limit && (digit = (uint)(Unsafe.Add(ref origin, p) - '0')) <= 9)
        {
            number = (number * 10) + (int)digit;
            p++;
        }

        int end = p + _templateTail; // the line feed (or the carriage return before it)
        int after;
        if (p == rowStart || p >= limit || Unsafe.Add(ref origin, p) != _delimiter || (number == 0 ? p - rowStart > 1 : Unsafe.Add(ref origin, rowStart) == '0')
            || number >= RespondentIdSet.MaxNumbered || (after = LineEnd(ref origin, end, n)) == 0 || end - rowStart > _maxRowLength)
        {
            return false;
        }

        if (!TailMatches(ref origin, p, end))
        {
            return false;
        }

        if (!_ids!.AddNumber(number))
        {
            return false; // a repeated id: the general loop reports it (nothing was added)
        }

        CountTemplate(ref Unsafe.Add(ref origin, p));
        next = after;
        return true;
    }

    /// <summary>Whether bytes [<paramref name="p"/>, <paramref name="end"/>) — delimiter, code, delimiter, code … — fit the template, 32 at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool TailMatches(ref byte origin, int p, int end)
    {
        int last = end - 32;
        if (_ratingAt.Length == 0)
        {
            var pattern = _templatePattern;
            var spread = _templateSpread;
            for (int at = p; ; at += 32)
            {
                int o = Math.Min(at, last);
                var block = Vector256.LoadUnsafe(ref origin, (nuint)o);
                if (!Vector256.LessThanOrEqualAll(block - pattern, spread))
                {
                    return false;
                }

                if (o == last)
                {
                    break;
                }
            }
        }
        else
        {
            ref var patterns = ref MemoryMarshal.GetArrayDataReference(_blockPatterns);
            ref var spreads = ref MemoryMarshal.GetArrayDataReference(_blockSpreads);
            for (int at = p, b = 0; ; at += 32, b++)
            {
                int o = Math.Min(at, last);
                var block = Vector256.LoadUnsafe(ref origin, (nuint)o);
                if (!Vector256.LessThanOrEqualAll(block - Unsafe.Add(ref patterns, b), Unsafe.Add(ref spreads, b)))
                {
                    return false;
                }

                if (o == last)
                {
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A row of the prefixed template: the leading cells (any plain ASCII without quotes; the respondent id non-empty,
    /// new and without surrounding spaces), then the answers checked as in <see cref="TemplateRow"/>; false (nothing
    /// counted) for any other row.
    /// </summary>
    private bool PrefixedTemplateRow(ReadOnlySpan<byte> bytes, int rowStart, out int next)
    {
        next = 0;
        int n = bytes.Length;
        // The leading cells: 32 bytes at a time, one bit per delimiter or byte that spoils a cell (quote, CR, LF, NUL, non-ASCII).
        int limit = Math.Min(n, rowStart + _maxRowLength);
        ref byte origin = ref MemoryMarshal.GetReference(bytes);
        var delimiter = Vector256.Create(_delimiter);
        int p = rowStart; // where the current cell starts
        int idStart = 0;
        int idEnd = 0;
        int field = 0;
        for (int block = rowStart; field < _firstAnswer; block += 32)
        {
            if (block + 32 > limit)
            {
                return false; // near the end of the bytes or of the longest row: the field-by-field path decides
            }

            var bits = Vector256.LoadUnsafe(ref origin, (nuint)block);
            uint delimiters = Vector256.Equals(bits, delimiter).ExtractMostSignificantBits();
            uint spoilers = (Vector256.Equals(bits, Vector256.Create((byte)'"')) | Vector256.Equals(bits, Vector256.Create((byte)'\r'))
                | Vector256.Equals(bits, Vector256.Create((byte)'\n')) | Vector256.Equals(bits, Vector256<byte>.Zero)).ExtractMostSignificantBits()
                | bits.ExtractMostSignificantBits();
            while (delimiters != 0 && field < _firstAnswer)
            {
                int at = BitOperations.TrailingZeroCount(delimiters);
                if ((spoilers & ((1u << at) - 1)) != 0)
                {
                    return false;
                }

                delimiters &= delimiters - 1;
                if (field == _idField)
                {
                    (idStart, idEnd) = (p, block + at);
                }

                p = block + at + 1;
                field++;
            }

            if (field < _firstAnswer && spoilers != 0)
            {
                return false;
            }
        }

        p--; // the delimiter before the first answer
        int end = p + _templateTail; // the line feed
        int after = LineEnd(ref origin, end, n);
        if (after == 0 || end - rowStart > _maxRowLength)
        {
            return false;
        }

        if (!TailMatches(ref origin, p, end))
        {
            return false;
        }

        if (_idField >= 0 && !AddId(bytes[idStart..idEnd]))
        {
            return false; // an empty, padded or repeated id: the general loop reads the row (nothing was added)
        }

        CountTemplate(ref Unsafe.Add(ref origin, p));
        next = after;
        return true;
    }

    /// <summary>Where the next line starts when a line ends (LF or CRLF) at <paramref name="end"/>; 0 when it does not (or the bytes stop first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LineEnd(ref byte origin, int end, int n)
    {
        if (end >= n)
        {
            return 0;
        }

        byte b = Unsafe.Add(ref origin, end);
        return b == '\n' ? end + 1 : b == '\r' && end + 1 < n && Unsafe.Add(ref origin, end + 1) == '\n' ? end + 2 : 0;
    }

    /// <summary>Adds a respondent id cell of plain ASCII without surrounding spaces; false (nothing added) when it is empty, padded or already seen.</summary>
    private bool AddId(ReadOnlySpan<byte> cell)
    {
        if (cell.IsEmpty || cell.Length > MaxParsedCell || char.IsWhiteSpace((char)cell[0]) || char.IsWhiteSpace((char)cell[^1]))
        {
            return false;
        }

        return _ids!.TryAddNumber(cell, out bool added) ? added : _ids.AddAscii(cell);
    }

    /// <summary>Counts the answers of a template row whose delimiter before the first answer is <paramref name="digits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountTemplate(ref byte digits)
    {
        ref long counts = ref MemoryMarshal.GetArrayDataReference(_counts);
        ref byte pairs = ref MemoryMarshal.GetArrayDataReference(_pairCell);
        ref int functional = ref MemoryMarshal.GetArrayDataReference(_functionalAt);
        ref int dysfunctional = ref MemoryMarshal.GetArrayDataReference(_dysfunctionalAt);
        for (int k = 0, at = 0; k < _functionalAt.Length; k++, at += CountStride)
        {
            int pair = ((Unsafe.Add(ref digits, Unsafe.Add(ref functional, k)) & 15) << 4) | (Unsafe.Add(ref digits, Unsafe.Add(ref dysfunctional, k)) & 15);
            Unsafe.Add(ref counts, at + Unsafe.Add(ref pairs, pair))++;
        }

        if (_ratingAt.Length != 0)
        {
            ref long ratings = ref MemoryMarshal.GetArrayDataReference(_ratingCounts);
            ref int ratingAt = ref MemoryMarshal.GetArrayDataReference(_ratingAt);
            for (int j = 0; j < _ratingAt.Length; j++)
            {
                Unsafe.Add(ref ratings, (10 * j) + Unsafe.Add(ref digits, Unsafe.Add(ref ratingAt, j)) - '0')++;
            }

            _ratingsPending = true;
        }
    }

    /// <summary>
    /// Whether template rows may count ratings by digit for the moments to take them all at once: every rating so far
    /// was whole and the sums of squares stay below 2^53 even if every byte left were a row rated 9 — then sums in
    /// any order are exact integers, the same bits as adding rating by rating (see <see cref="FeatureAccumulator.ImportanceWhole"/>).
    /// </summary>
    private bool RatingsStayExact(int bytes)
    {
        foreach (int k in _ratingFeature)
        {
            var accumulator = _features[k];
            if (!accumulator.ImportanceWhole || !(accumulator.Importance.SumOfSquares + (81.0 * bytes) < FeatureAccumulator.ExactSumLimit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds the template rows' ratings to the moments: per digit d counted n times, n·d and n·d² (exact integers), and the range of the digits seen.</summary>
    private void FlushRatings()
    {
        _ratingsPending = false;
        for (int j = 0; j < _ratingFeature.Length; j++)
        {
            long count = 0, sum = 0, squares = 0;
            int min = -1, max = -1;
            for (int d = 0; d < 10; d++)
            {
                long n = _ratingCounts[(10 * j) + d];
                if (n > 0)
                {
                    count += n;
                    sum += n * d;
                    squares += n * d * d;
                    min = min < 0 ? d : min;
                    max = d;
                }
            }

            if (count > 0)
            {
                var accumulator = _features[_ratingFeature[j]];
                accumulator.Importance += new ImportanceMoments(count, sum, squares) { ScaleMin = min, ScaleMax = max };
            }
        }

        Array.Clear(_ratingCounts);
    }

    /// <summary>Adds the template rows' counts (and ratings) to the accumulators.</summary>
    private void Flush()
    {
        if (_ratingsPending)
        {
            FlushRatings();
        }

        var counts = _counts;
        for (int k = 0; k < _features.Length; k++)
        {
            var cells = _features[k].Cells;
            int at = k * CountStride;
            for (int c = 0; c < PairTally.CellCount; c++)
            {
                cells[c] += counts[at + c];
            }

            _features[k].Missing += counts[at + PairTally.CellCount];
        }

        Array.Clear(counts);
    }

    /// <summary>How a row read by <see cref="Row"/> ended.</summary>
    private enum RowEnd
    {
        Counted,
        Blank,
        General,
        MoreBytes,
    }

    /// <summary>Reads the row at <paramref name="rowStart"/> field by field (any shape the byte path serves).</summary>
    private RowEnd Row(ReadOnlySpan<byte> bytes, int rowStart, Span<byte> tail, out int next)
    {
        next = 0;
        int n = bytes.Length;
        int fieldStart = rowStart;
        int field = 0;
        ref byte origin = ref MemoryMarshal.GetReference(bytes);
        var delimiter = Vector256.Create(_delimiter);
        var lineFeed = Vector256.Create((byte)'\n');
        var carriage = Vector256.Create((byte)'\r');
        var quote = Vector256.Create((byte)'"');
        for (int block = rowStart; block < n; block += 32)
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
                        return RowEnd.General;
                    }

                    field++;
                    fieldStart = p + 1;
                    continue;
                }

                next = p + 1;
                if (b == '\r')
                {
                    if (p + 1 >= n)
                    {
                        return RowEnd.MoreBytes; // the line feed may follow in the next bytes
                    }

                    if (Unsafe.Add(ref origin, p + 1) != '\n')
                    {
                        return RowEnd.General; // a lone carriage return ends a record: the general path
                    }

                    next = p + 2;
                }
                else if (b != '\n')
                {
                    return RowEnd.General; // a quote, NUL or non-ASCII byte
                }

                if (p == rowStart)
                {
                    return RowEnd.Blank;
                }

                return field != _width - 1 || p - rowStart > _maxRowLength || !Field(bytes, fieldStart, p, field) || !Commit(bytes)
                    ? RowEnd.General
                    : RowEnd.Counted;
            }
        }

        return RowEnd.MoreBytes;
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

        if (role == Segment)
        {
            int segment = _segmentOf[column];
            _segmentStart[segment] = start;
            _segmentEnd[segment] = end;
            return end - start <= MaxParsedCell;
        }

        return Rating(bytes[start..end], FirstImportance - role);
    }

    /// <summary>An answer cell other than one digit, parsed by the scale as the general path parses it.</summary>
    /// <remarks>
    /// A file spells its labels a handful of ways (<c>I like it</c>, <c>I expect it</c> …), so the bytes of each label
    /// the scale has read are remembered with their answer (<see cref="LabelSlots"/> of them, up to
    /// <see cref="MaxCachedLabel"/> bytes each): a label met again costs a hash of three bytes and one comparison instead
    /// of the scale's matching. What the scale rejects is never remembered (that row goes to the general path).
    /// </remarks>
    private bool Label(ReadOnlySpan<byte> cell, out Answer answer)
    {
        answer = Answer.Missing;
        if (cell.Length > MaxParsedCell)
        {
            return false;
        }

        int slot = cell.Length is > 0 and <= MaxCachedLabel ? LabelSlot(cell) : -1;
        if (slot >= 0)
        {
            for (int probe = 0; probe < 4; probe++, slot = (slot + 1) & (LabelSlots - 1))
            {
                int length = _labelLength[slot];
                if (length == 0)
                {
                    break;
                }

                if (length == cell.Length && cell.SequenceEqual(_labelBytes.AsSpan(slot * MaxCachedLabel, length)))
                {
                    answer = _labelAnswer[slot];
                    return true;
                }
            }
        }

        Span<char> text = stackalloc char[cell.Length];
        Widen(cell, text);
        if (!_scale.TryParse(text, out answer))
        {
            return false;
        }

        if (slot >= 0)
        {
            Remember(cell, slot, answer);
        }

        return true;
    }

    /// <summary>The first cache slot to look at for a label: its length and three of its bytes, mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LabelSlot(ReadOnlySpan<byte> cell) =>
        (int)(((uint)((cell.Length * 0x9E3779B1) ^ (cell[0] << 16) ^ (cell[cell.Length / 2] << 8) ^ cell[^1]) * 0x85EBCA6Bu) >> 26);

    /// <summary>Keeps <paramref name="cell"/>'s answer in the first free slot from <paramref name="slot"/> (nothing when four are taken).</summary>
    private void Remember(ReadOnlySpan<byte> cell, int slot, Answer answer)
    {
        for (int probe = 0; probe < 4; probe++, slot = (slot + 1) & (LabelSlots - 1))
        {
            if (_labelLength[slot] == 0)
            {
                cell.CopyTo(_labelBytes.AsSpan(slot * MaxCachedLabel));
                _labelAnswer[slot] = answer;
                _labelLength[slot] = (byte)cell.Length;
                return;
            }
        }
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

        if (_segments is not null)
        {
            return CommitSegmented(bytes, _segments);
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
                accumulator.AddImportance(_importance[k]);
            }
        }

        return true;
    }

    /// <summary>Counts the checked row (its id already added) overall and in the segments its values route it to, as the general path counts it.</summary>
    private bool CommitSegmented(ReadOnlySpan<byte> bytes, SegmentRouter segments)
    {
        Span<char> text = stackalloc char[MaxParsedCell];
        for (int s = 0; s < _segmentStart.Length; s++)
        {
            var cell = bytes[_segmentStart[s].._segmentEnd[s]];
            Widen(cell, text);
            segments.Route(s, ((ReadOnlySpan<char>)text[..cell.Length]).Trim());
        }

        var current = segments.Current;
        var answers = _answers;
        for (int k = 0; k < _features.Length; k++)
        {
            var functional = answers[2 * k];
            var dysfunctional = answers[(2 * k) + 1];
            _features[k].Add(functional, dysfunctional);
            foreach (var segment in current)
            {
                segment[k].Add(functional, dysfunctional);
            }

            if (_rated[k])
            {
                double value = _importance[k];
                _features[k].AddImportance(value);
                foreach (var segment in current)
                {
                    segment[k].AddImportance(value);
                }
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
