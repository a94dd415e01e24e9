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
    /// <summary>The longest problem or expectation kept, in characters; longer text is cut with an ellipsis.</summary>
    public const int MaxTextLength = 400;

    /// <summary>The longest offending value kept, in characters; a longer one is cut with an ellipsis.</summary>
    public const int MaxValueLength = 200;

    /// <summary>The input's name, on one line.</summary>
    public string Source { get; init; } = OneLine(Source, int.MaxValue);

    /// <summary>What is wrong, without location: one line (line breaks shown as \n) of at most <see cref="MaxTextLength"/> characters.</summary>
    public string Problem { get; init; } = OneLine(Problem, MaxTextLength);

    /// <summary>The offending text, if any: one line of at most <see cref="MaxValueLength"/> characters.</summary>
    public string? Value { get; init; } = Value is null ? null : OneLine(Value, MaxValueLength);

    /// <summary>What would have been accepted, if that can be said: one line of at most <see cref="MaxTextLength"/> characters.</summary>
    public string? Expected { get; init; } = Expected is null ? null : OneLine(Expected, MaxTextLength);

    /// <summary>
    /// Text as a one-line message shows it: line breaks and other control characters escaped (\n, \r, \t, \u0000),
    /// cut to <paramref name="max"/> characters with an ellipsis (never inside a surrogate pair). Every value a file
    /// holds passes through here before it reaches a message, so no input can make a message span lines or grow without bound.
    /// </summary>
    internal static string OneLine(string text, int max)
    {
        bool clean = text.Length <= max;
        foreach (char c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(Math.Min(text.Length, max) + 8);
        int i = 0;
        for (; i < text.Length && builder.Length < max; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ when char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                    _ => c.ToString(),
                });
            }
        }

        return i < text.Length ? builder.Append('…').ToString() : builder.ToString();
    }

    /// <summary>The diagnostic as one line: <c>source:line:column: problem (expected …)</c>, the one format of every located message.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}:{Column}: {Problem}")
        + (Expected is null ? string.Empty : $" (expected {Expected})");
}
