namespace KanoKit.Reading;

/// <summary>What a reader does on bad input.</summary>
public enum ReadMode
{
    /// <summary>Stop at the first problem with a <see cref="KanoDataException"/>: the default.</summary>
    Strict = 0,

    /// <summary>
    /// Record every problem as a <see cref="KanoDiagnostic"/>, count the offending pairs (or rows) as rejected, and go
    /// on. Nothing is dropped silently: per feature, analysed + missing + rejected = respondents read.
    /// </summary>
    Lenient = 1,
}
