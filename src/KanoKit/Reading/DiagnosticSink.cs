namespace KanoKit.Reading;

/// <summary>
/// Where readers report problems: strict mode throws the first one, lenient mode keeps them (the first
/// <see cref="MaxKept"/> in full, all of them counted by kind).
/// </summary>
internal sealed class DiagnosticSink(ReadMode mode, string source)
{
    public const int MaxKept = 10_000;

    private readonly List<KanoDiagnostic> _kept = [];
    private readonly long[] _counts = new long[Enum.GetValues<DiagnosticKind>().Length];

    public ReadMode Mode { get; } = mode;

    public string Source { get; } = source;

    public long Total { get; private set; }

    /// <summary>A copy of the kept diagnostics.</summary>
    public EquatableArray<KanoDiagnostic> Kept() => _kept.ToEquatableArray();

    /// <summary>A copy of the counts by kind, indexed by <see cref="DiagnosticKind"/>.</summary>
    public long[] Counts() => (long[])_counts.Clone();

    /// <summary>Reports a problem; in strict mode this throws. After a problem that ends reading (an empty or binary file), lenient callers stop.</summary>
    public void Report(DiagnosticKind kind, int line, int column, string problem, string? value = null, string? expected = null)
    {
        var diagnostic = new KanoDiagnostic(kind, Source, line, column, problem, value, expected);
        if (Mode == ReadMode.Strict)
        {
            throw new KanoDataException(diagnostic);
        }

        Total++;
        _counts[(int)kind]++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(diagnostic);
        }
    }

    /// <summary>
    /// Appends what <paramref name="other"/> (a lenient sink of a later part of the same source) collected, its lines
    /// shifted by <paramref name="lineShift"/>: kept diagnostics in order up to <see cref="MaxKept"/>, counts and total.
    /// </summary>
    public void Absorb(DiagnosticSink other, int lineShift)
    {
        foreach (var diagnostic in other._kept)
        {
            if (_kept.Count < MaxKept)
            {
                _kept.Add(diagnostic with { Line = diagnostic.Line + lineShift });
            }
        }

        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Total += other.Total;
    }

    /// <summary>A structural problem (a column the read needs is absent): fatal in either mode, so always an exception.</summary>
    public KanoDataException Fatal(DiagnosticKind kind, int line, int column, string problem, string? value = null, string? expected = null) =>
        new(new KanoDiagnostic(kind, Source, line, column, problem, value, expected));
}
