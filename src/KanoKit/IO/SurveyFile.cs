namespace KanoKit.IO;

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
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyData Read(string path, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? ReadJson(stream, path, options)
            : Read(stream, path, options);
    }

    /// <summary>Reads delimited text from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey.</exception>
    public static SurveyData Read(Stream stream, string source, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        options ??= SurveyReadOptions.Default;
        var sink = new DiagnosticSink(options.Mode, source);
        char? delimiter = options.Delimiter ?? (options.Definition?.Delimiter is { } d ? d[0] : null);
        using var rows = new CsvRecordReader(stream, sink, delimiter, options.MaxFieldLength);
        return SurveyReader.Read(rows, options, sink);
    }

    /// <summary>Reads JSON: an array of respondent objects (wide) or of records with respondent, feature, functional, dysfunctional (long).</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey; either mode: it is not JSON of this shape.</exception>
    public static SurveyData ReadJson(Stream stream, string source, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        options ??= SurveyReadOptions.Default;
        var sink = new DiagnosticSink(options.Mode, source);
        using var rows = JsonRecordRows.Open(stream, sink);
        return SurveyReader.Read(rows, options, sink);
    }

    /// <summary>Reads survey records from any tabular source (a workbook, a database reader adapted to <see cref="ISurveyRows"/>).</summary>
    /// <exception cref="KanoDataException">Strict mode: the content is not a readable survey.</exception>
    public static SurveyData Read(ISurveyRows rows, SurveyReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= SurveyReadOptions.Default;
        return SurveyReader.Read(rows, options, new DiagnosticSink(options.Mode, rows.SourceName));
    }
}
