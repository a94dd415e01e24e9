using KanoKit.Reading.Text;
using KanoKit.Tallies;
using Microsoft.Win32.SafeHandles;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// Counting a large wide file on several threads: the rest of the file (from the first line the fast path meets) is
/// split into ranges that start after a line feed, each range is read by its own reader and layout into its own tallies,
/// and the parts are merged in file order — exact, since tallies are integer counts. Segment values of a part are
/// merged in the order the part met them, after the values met before it, so every segment column keeps its values in
/// the order of first appearance in the file, as one thread reads them.
/// </summary>
/// <remarks>
/// A split is known to be right only afterwards: range i−1, read from a true record start, must end cleanly at range
/// i's start (not inside a quoted field). Parts are checked in order; the first problem in a checked part is the first
/// of the file (strict mode throws it, lines shifted to the file's); lenient diagnostics are appended in file order.
/// When a split falls inside quotes, or a respondent id of one part appears in another (the later row must be reported
/// and rejected), nothing of the parallel read is kept and the file is read on one thread from where it stood.
/// Importance ratings are summed in floating point, where a different order of addition could change the last bit;
/// the parts' moments are kept only when every rating was a whole number and the sums of squares stay below 2^53
/// (<see cref="FeatureAccumulator.ImportanceMergesExactly"/>): then every sum is exact, whatever the order. Otherwise
/// (decimal ratings) the file is read on one thread, as for a split inside quotes.
/// </remarks>
internal sealed partial class WideLayout
{
    /// <summary>
    /// Counts the rest of the file in ranges read with positional reads (one range on one thread: no copy through the
    /// file stream's buffer); false (nothing changed) when it is not worth it or not exact.
    /// </summary>
    private bool CountInParallel(CsvRecordReader csv)
    {
        _parallelTried = true;
        var plan = _cursor.Plan;
        int threads = plan.Threads ?? Environment.ProcessorCount;
        if (csv.File is not var (handle, origin) || Enumerable.Range(0, _features.Length).Any(k => !_tallies.Overall(k).ImportanceWhole))
        {
            return false;
        }

        long start = origin + csv.PendingOffset;
        long end = RandomAccess.GetLength(handle);
        if (end - start < plan.ParallelMinBytes)
        {
            return false;
        }

        var bounds = Boundaries(handle, start, end, threads);
        if (bounds.Count < 2)
        {
            return false;
        }

        var parts = new Part[bounds.Count - 1];
        int firstLine = csv.NextLine;
        if (parts.Length == 1)
        {
            parts[0] = ReadPart(handle, bounds[0], bounds[1], firstLine, csv.Delimiter);
        }
        else
        {
            Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parts.Length }, i => parts[i] = ReadPart(handle, bounds[i], bounds[i + 1], i == 0 ? firstLine : 1, csv.Delimiter));
        }

        if (_abandoned)
        {
            return false;
        }

        // Check the parts in file order before keeping anything.
        var shifts = new int[parts.Length];
        int line = firstLine;
        for (int i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            shifts[i] = i == 0 ? 0 : line - 1;
            if ((part.EndedInQuote && i < parts.Length - 1) || part.Layout._idSet.Overlaps(_idSet) || parts.Take(i).Any(p => p.Layout._idSet.Overlaps(part.Layout._idSet)))
            {
                return false;
            }

            if (part.Error is { } error)
            {
                // Deferred ids of the rows before the problem go with it, for the check of a repeat that comes earlier.
                foreach (var before in parts.Take(i + 1))
                {
                    _idSet.UnionWith(before.Layout._idSet);
                }

                throw new KanoDataException(error.Diagnostic with { Line = error.Diagnostic.Line + shifts[i] });
            }

            line = part.NextLine + shifts[i];
        }

        for (int k = 0; k < _features.Length; k++)
        {
            int feature = k;
            if (_features[k].Importance is not null && !FeatureAccumulator.ImportanceMergesExactly(parts.Select(p => p.Layout._tallies.Overall(feature)).Prepend(_tallies.Overall(feature))))
            {
                return false; // segments hold some of the same ratings: exact overall means exact in every segment
            }
        }

        for (int i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Layout;
            _cursor.Sink.Absorb(parts[i].Sink, shifts[i]);
            _respondents += part._respondents;
            _idSet.UnionWith(part._idSet);
            for (int k = 0; k < _features.Length; k++)
            {
                _tallies.Overall(k).Merge(part._tallies.Overall(k));
            }

            MergeSegments(part._tallies);
        }

        return true;
    }

    /// <summary>Adds a part's segment tallies, value by value in the order the part met them (new values after those seen before).</summary>
    private void MergeSegments(TallyBuilder part)
    {
        for (int slot = 0; slot < part.SegmentCount; slot++)
        {
            var from = part.Segment(slot);
            var into = _segments.Find(from.Column, from.Value);
            into.Respondents += from.Respondents;
            for (int k = 0; k < _features.Length; k++)
            {
                into[k].Merge(from[k]);
            }
        }
    }

    /// <summary>Reads bytes [<paramref name="from"/>, <paramref name="to"/>) of the file as data rows starting at line <paramref name="firstLine"/>.</summary>
    private Part ReadPart(SafeFileHandle handle, long from, long to, int firstLine, char delimiter)
    {
        var plan = _cursor.Plan;
        var sink = new DiagnosticSink(_cursor.Sink.Mode, _cursor.Sink.Source);
        using var reader = new CsvRecordReader(new FileRangeStream(handle, from, to), sink, delimiter, plan.MaxFieldLength, plan.MaxRecordLength, plan.MaxColumns, byteOrderMark: false, firstLine: firstLine, decodeByLine: true);
        var layout = new WideLayout(new RowCursor(reader, _cursor.Header, plan with { HasHeader = true }, sink), this);
        KanoDataException? error = null;
        try
        {
            if (layout._cursor.NextRow())
            {
                layout.ReadRows();
            }
        }
        catch (KanoDataException e)
        {
            error = e;
        }
        catch (Abandoned)
        {
            // Another range or this one met a rating that cannot be summed exactly apart: the file is read on one thread.
        }

        return new Part(layout, sink, error, reader.EndedInQuote, reader.NextLine);
    }

    /// <summary>
    /// Stops a range's read (through <see cref="Abandoned"/>) once any range has met an importance rating that is not
    /// whole (see <see cref="FeatureAccumulator.ImportanceWhole"/>): its moments could not be merged exactly, so the
    /// parallel read will be discarded; stopping early saves reading the rest of the file twice. Checked after each
    /// buffer of the byte path.
    /// </summary>
    private void AbandonWhenInexact(WideLayout parent)
    {
        if (!parent._abandoned)
        {
            for (int k = 0; k < _features.Length; k++)
            {
                if (!_tallies.Overall(k).ImportanceWhole)
                {
                    parent._abandoned = true;
                    break;
                }
            }
        }

        if (parent._abandoned)
        {
            throw new Abandoned();
        }
    }

    /// <summary>Thrown to stop a range's read whose result would be discarded.</summary>
    private sealed class Abandoned : Exception;

    /// <summary>
    /// Range starts: <paramref name="start"/>, then for each further thread the position after the first line feed at
    /// or after an equal share of the bytes, then <paramref name="end"/>.
    /// </summary>
    internal static List<long> Boundaries(SafeFileHandle handle, long start, long end, int threads)
    {
        var bounds = new List<long> { start };
        var buffer = new byte[1 << 16];
        for (int i = 1; i < threads; i++)
        {
            long at = start + ((end - start) * i / threads);
            while (at < end)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, end - at)), at);
                int lineFeed = read > 0 ? buffer.AsSpan(0, read).IndexOf((byte)'\n') : -1;
                if (read <= 0)
                {
                    break;
                }

                if (lineFeed >= 0)
                {
                    long next = at + lineFeed + 1;
                    if (next > bounds[^1] && next < end)
                    {
                        bounds.Add(next);
                    }

                    break;
                }

                at += read;
            }
        }

        bounds.Add(end);
        return bounds;
    }

    /// <summary>What one range's reader found.</summary>
    private sealed record Part(WideLayout Layout, DiagnosticSink Sink, KanoDataException? Error, bool EndedInQuote, int NextLine);
}
