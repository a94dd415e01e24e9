namespace KanoKit.Reading.Layouts;

/// <summary>
/// Thrown by a wide read whose deferred text ids (<see cref="IdFingerprints"/>) may hold a repeat: the caller reads the
/// input again from its start with exact id sets, which report the repeated row (or find none, for two ids that merely
/// share a fingerprint). Never leaves the library.
/// </summary>
internal sealed class RespondentIdsRecheck : Exception
{
    /// <summary>Creates the signal.</summary>
    public RespondentIdsRecheck()
        : base("A respondent id may repeat; the file is read again with exact id sets.")
    {
    }
}
