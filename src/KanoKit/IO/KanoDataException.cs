using System.Globalization;

namespace KanoKit;

/// <summary>
/// Input data that KanoKit cannot read: names the source, the 1-based line and column (as an editor shows them,
/// header = line 1), the offending value and what was expected. The message has the form
/// <c>source:line:column: problem (expected …)</c>.
/// </summary>
public sealed class KanoDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or other name of the input.</param>
    /// <param name="line">1-based line of the problem.</param>
    /// <param name="column">1-based character column of the problem within its line.</param>
    /// <param name="problem">What is wrong, e.g. "'7' is not an answer in column 'wifi_functional'".</param>
    /// <param name="value">The offending text, if any.</param>
    /// <param name="expected">What would have been accepted, e.g. "a code 1–5 or an answer label".</param>
    public KanoDataException(string source, int line, int column, string problem, string? value = null, string? expected = null)
        : base(Format(source, line, column, problem, expected))
    {
        DataSource = source;
        Line = line;
        Column = column;
        Problem = problem;
        Value = value;
        Expected = expected;
    }

    /// <summary>The input's name, typically the file path as the caller gave it.</summary>
    public string DataSource { get; }

    /// <summary>The input's name (the same as <see cref="DataSource"/>).</summary>
    public override string? Source
    {
        get => DataSource;
        set { }
    }

    /// <summary>1-based line, counting physical lines as an editor does (a quoted field with line breaks spans several).</summary>
    public int Line { get; }

    /// <summary>1-based character column within <see cref="Line"/>.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without location.</summary>
    public string Problem { get; }

    /// <summary>The offending text, if there is one.</summary>
    public string? Value { get; }

    /// <summary>What would have been accepted, if that can be said.</summary>
    public string? Expected { get; }

    private static string Format(string source, int line, int column, string problem, string? expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{source}:{line}:{column}: {problem}")
        + (expected is null ? string.Empty : $" (expected {expected})");
}
