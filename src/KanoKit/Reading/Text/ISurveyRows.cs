namespace KanoKit.Reading.Text;

/// <summary>
/// A forward-only source of survey records (a header row, then data rows), each a list of text fields with where
/// they stand in the source. CSV files, workbooks and other tabular exports implement it, so that one survey reader
/// serves them all.
/// </summary>
internal interface ISurveyRows : IDisposable
{
    /// <summary>The input's name, used in messages (typically the file path).</summary>
    string SourceName { get; }

    /// <summary>Advances to the next non-blank record.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="KanoDataException">In strict mode, the input is not readable (bad encoding, unclosed quote …).</exception>
    bool MoveNext();

    /// <summary>The number of fields in the current record.</summary>
    int FieldCount { get; }

    /// <summary>The text of field <paramref name="index"/> of the current record, unquoted; valid until <see cref="MoveNext"/>.</summary>
    ReadOnlySpan<char> Field(int index);

    /// <summary>1-based line where field <paramref name="index"/> starts (spreadsheet row for workbooks).</summary>
    int LineOf(int index);

    /// <summary>1-based column where field <paramref name="index"/> starts (character column for text, spreadsheet column for workbooks).</summary>
    int ColumnOf(int index);

    /// <summary>1-based line where the current record starts.</summary>
    int Line { get; }

    /// <summary>Where the current record ends (line, column), for messages about missing fields.</summary>
    (int Line, int Column) RecordEnd { get; }

    /// <summary>Whether the current record is damaged (a syntax or encoding problem was reported in lenient mode) and should be rejected whole.</summary>
    bool IsDamaged { get; }
}
