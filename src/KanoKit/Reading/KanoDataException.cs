namespace KanoKit;

/// <summary>
/// Input data that KanoKit cannot read: carries the <see cref="Reading.KanoDiagnostic"/> that names the kind of problem,
/// the source, the 1-based line and column (as an editor shows them, header = line 1), the offending value and what was
/// expected. The message has the form <c>source:line:column: problem (expected …)</c>.
/// </summary>
public sealed class KanoDataException : Exception
{
    /// <summary>Creates the exception from the problem it reports.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public KanoDataException(Reading.KanoDiagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString()) => Diagnostic = diagnostic;

    /// <summary>Creates the exception from the facts of the problem.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="source">The input's name.</param>
    /// <param name="line">1-based line (or row).</param>
    /// <param name="column">1-based column.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="value">The offending text, if any.</param>
    /// <param name="expected">What would have been accepted, if that can be said.</param>
    public KanoDataException(Reading.DiagnosticKind kind, string source, int line, int column, string problem, string? value = null, string? expected = null)
        : this(new Reading.KanoDiagnostic(kind, source, line, column, problem, value, expected))
    {
    }

    /// <summary>The problem, with its kind and location.</summary>
    public Reading.KanoDiagnostic Diagnostic { get; }

    /// <summary>The kind of problem.</summary>
    public Reading.DiagnosticKind Kind => Diagnostic.Kind;

    /// <summary>The input's name, typically the file path as the caller gave it.</summary>
    public string DataSource => Diagnostic.Source;

    /// <summary>1-based line, counting physical lines as an editor does (a quoted field with line breaks spans several).</summary>
    public int Line => Diagnostic.Line;

    /// <summary>1-based character column within <see cref="Line"/>.</summary>
    public int Column => Diagnostic.Column;

    /// <summary>What is wrong, without location.</summary>
    public string Problem => Diagnostic.Problem;

    /// <summary>The offending text, if there is one.</summary>
    public string? Value => Diagnostic.Value;

    /// <summary>What would have been accepted, if that can be said.</summary>
    public string? Expected => Diagnostic.Expected;
}
