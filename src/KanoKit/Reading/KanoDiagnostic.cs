using System.Globalization;

namespace KanoKit.Reading;

/// <summary>What kind of problem a diagnostic reports; diagnostics are grouped by kind.</summary>
public enum DiagnosticKind
{
    /// <summary>A cell is neither a known answer code nor a known label.</summary>
    UnknownAnswer,

    /// <summary>A row has more or fewer fields than the header.</summary>
    RaggedRow,

    /// <summary>A header column could not be used: unpaired, unnamed, duplicated, or naming a feature twice; or a column the read needs is absent.</summary>
    BadHeader,

    /// <summary>A respondent id is empty or appears twice; the row is rejected.</summary>
    BadRespondent,

    /// <summary>A count or importance value is not a number in range.</summary>
    BadNumber,

    /// <summary>The bytes are not text in a supported encoding (invalid UTF-8, NUL bytes).</summary>
    Encoding,

    /// <summary>A quote is never closed, text follows a closing quote, or a field is longer than allowed.</summary>
    Syntax,

    /// <summary>The input has no header or no data rows.</summary>
    NoData,

    /// <summary>A survey definition is not valid: unknown member, wrong type, impossible setting, or a file that does not exist.</summary>
    Definition,
}

/// <summary>
/// One problem found while reading: where it is, what the offending value was, and what was expected. Lenient reads
/// collect them; strict reads throw the first one inside a <see cref="KanoDataException"/>.
/// </summary>
/// <param name="Kind">The kind of problem.</param>
/// <param name="Source">The input's name.</param>
/// <param name="Line">1-based line (spreadsheet row for workbooks).</param>
/// <param name="Column">1-based character column (spreadsheet column for workbooks).</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="Value">The offending text, if any.</param>
/// <param name="Expected">What would have been accepted, if that can be said.</param>
public sealed record KanoDiagnostic(DiagnosticKind Kind, string Source, int Line, int Column, string Problem, string? Value = null, string? Expected = null)
{
    /// <summary>The diagnostic as one line: <c>source:line:column: problem (expected …)</c>, the one format of every located message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}: {Problem}")
        + (Expected is null ? string.Empty : $" (expected {Expected})");
}
