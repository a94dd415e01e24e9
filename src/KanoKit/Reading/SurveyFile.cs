using KanoKit.Reading.Layouts;
using KanoKit.Reading.Text;

namespace KanoKit.Reading;

/// <summary>
/// Reads Kano survey files: delimited text (CSV, semicolon, tab; UTF-8 or UTF-16) in long, wide, counts or cells
/// layout, and JSON (an array of respondent objects, or of long records). Rows stream into per-feature tallies, so
/// memory stays flat however large the file, unless <see cref="SurveyReadOptions.KeepRespondents"/> asks for the
/// respondent-level survey. In strict mode (the default) bad input is a <see cref="KanoDataException"/> naming
/// source, line, column, value and what was expected; in lenient mode it is a diagnostic and the offending pair is
/// counted as rejected.
/// </summary>
public static class SurveyFile
{
    /// <summary>Reads the file at <paramref name="path"/>: JSON for <c>.json</c>, delimited text otherwise.</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey. Either mode: the columns asked for do not exist.</exception>
    /// <exception cref="ArgumentException">The options hold a definition built in code that states something impossible.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyData Read(string path, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var plan = ReadPlan.Resolve(options);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ReadJson(stream, path, plan)
            : ReadText(stream, path, plan);
    }

    /// <summary>
    /// What a read of the file at <paramref name="path"/> understands — layout, encoding, delimiter, header rows, each
    /// feature with its columns, the respondent column, the columns read as neither — without stopping at bad answers
    /// (the file is read leniently). <see cref="ReadPlan.Describe"/> prints it; <see cref="ReadPlan.ToDefinition"/> makes it
    /// a definition to edit and pass back.
    /// </summary>
    /// <exception cref="KanoDataException">The file's structure cannot be understood (for example two readings are possible: the message names both).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReadPlan Inspect(string path, SurveyReadOptions? options = null) =>
        Read(path, (options ?? SurveyReadOptions.Default) with { Mode = ReadMode.Lenient }).Plan;

    /// <summary>Reads delimited text from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey.</exception>
    /// <exception cref="ArgumentException">The options hold a definition built in code that states something impossible.</exception>
    public static SurveyData Read(Stream stream, string source, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return ReadText(stream, source, ReadPlan.Resolve(options));
    }

    /// <summary>Reads JSON: an array of respondent objects (wide) or of records with respondent, feature, functional, dysfunctional (long).</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey; either mode: it is not JSON of this shape.</exception>
    /// <exception cref="ArgumentException">The options hold a definition built in code that states something impossible.</exception>
    public static SurveyData ReadJson(Stream stream, string source, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return ReadJson(stream, source, ReadPlan.Resolve(options));
    }

    /// <summary>Reads survey records from any tabular source (a workbook, a database reader): the extension point of other packages.</summary>
    internal static SurveyData Read(ISurveyRows rows, SurveyReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plan = ReadPlan.Resolve(options);
        return SurveyReader.Read(rows, plan, new DiagnosticSink(plan.Mode, rows.SourceName));
    }

    private static SurveyData ReadText(Stream stream, string source, ReadPlan plan)
    {
        if (plan.Encoding is { } stated && TextEncodings.Transcode(stream, stated) is { } transcoded)
        {
            return ReadUtf8(transcoded, source, plan);
        }

        // UTF-8 (or UTF-16 by byte-order mark) on the fast path; when the bytes are not valid UTF-8 and the stream can be
        // read again, the file is read once more as Windows-1252 — the encoding of spreadsheet "CSV" exports — and says so.
        long start = plan.Encoding is null && stream.CanSeek ? stream.Position : -1;
        try
        {
            var file = start >= 0 && stream is FileStream { SafeFileHandle: var handle } ? (handle, start) : ((Microsoft.Win32.SafeHandles.SafeFileHandle, long)?)null;
            var data = start >= 0 ? ReadUtf8Again(stream, start, source, plan, file) : ReadUtf8(stream, source, plan);
            return start >= 0 && data.Diagnostics.Any(TextEncodings.IsInvalidUtf8) ? ReadAsFallback(stream, start, source, plan) ?? data : data;
        }
        catch (KanoDataException e) when (start >= 0 && TextEncodings.IsInvalidUtf8(e.Diagnostic))
        {
            var fallback = ReadAsFallback(stream, start, source, plan);
            if (fallback is null)
            {
                throw;
            }

            return fallback;
        }
    }

    /// <summary>
    /// Reads UTF-8 from a stream that can be read again from <paramref name="start"/>: the respondents of a long or tall
    /// file are first counted by runs (memory flat in the file size), and when their ids leave the order that makes that
    /// exact, the stream is read again from the start by hashes, then holding every id (see <see cref="RespondentCounting"/>).
    /// The text respondent ids of a wide file are first checked by fingerprint, once, at the end; when two share one, the
    /// stream is read again with exact id sets, which report a repeated id where it is (see <see cref="IdFingerprints"/>).
    /// </summary>
    private static SurveyData ReadUtf8Again(Stream stream, long start, string source, ReadPlan plan, (Microsoft.Win32.SafeHandles.SafeFileHandle, long)? file)
    {
        var counting = RespondentCounting.Runs;
        plan = plan.KeepRespondents ? plan : plan with { DeferTextIds = true };
        while (true)
        {
            try
            {
                return ReadUtf8(new KeptOpenStream(stream), source, plan, file, counting);
            }
            catch (RespondentIdsRecheck)
            {
                stream.Position = start;
                plan = plan with { DeferTextIds = false };
            }
            catch (RespondentCountingBroken broken)
            {
                stream.Position = start;
                counting = broken.Next;

                // The abandoned pass's hashes (up to 21 bytes per respondent) are garbage now: free them before the next
                // pass builds its own, so that the peak is that of one pass, not of two.
                GC.Collect();
            }
        }
    }

    /// <summary>The file read as Windows-1252, when that reading is clean; else <see langword="null"/>, and the UTF-8 problem stands.</summary>
    private static SurveyData? ReadAsFallback(Stream stream, long start, string source, ReadPlan plan)
    {
        stream.Position = start;
        try
        {
            var data = ReadUtf8(new KeptOpenStream(TextEncodings.Transcode(stream, TextEncodings.Fallback)!), source, plan with { Encoding = TextEncodings.Fallback });
            return data.IsClean ? data : null;
        }
        catch (KanoDataException)
        {
            return null;
        }
    }

    private static SurveyData ReadUtf8(Stream stream, string source, ReadPlan plan, (Microsoft.Win32.SafeHandles.SafeFileHandle, long)? file = null, RespondentCounting counting = RespondentCounting.Indexed)
    {
        var sink = new DiagnosticSink(plan.Mode, source);
        using var rows = new CsvRecordReader(stream, sink, plan.Delimiter, plan.MaxFieldLength, plan.MaxRecordLength, plan.MaxColumns) { File = file };

        // A UTF-16 file is found by its byte-order mark; the plan says so, as it does for the Windows-1252 fallback.
        return SurveyReader.Read(rows, plan.Encoding is null && rows.DetectedEncoding is { } found ? plan with { Encoding = found } : plan, sink, counting);
    }

    private static SurveyData ReadJson(Stream stream, string source, ReadPlan plan)
    {
        var sink = new DiagnosticSink(plan.Mode, source);
        using var rows = JsonRecordRows.Open(stream, sink, plan);
        return SurveyReader.Read(rows, plan, sink);
    }
}
