namespace KanoKit.Reading.Layouts;

/// <summary>
/// Thrown by a long or tall read counting respondents by runs or hashes at the first id that this way of counting
/// cannot prove new, before anything of that row is counted or reported; the source is then read again from the start
/// counting the <see cref="Next"/> way. Never escapes <see cref="SurveyFile"/>.
/// </summary>
/// <remarks>
/// Restarting is exact: the read is deterministic and every way of counting treats the rows before this one alike
/// (each of their ids was new or the previous row's), so the restarted read meets the same tallies, diagnostics and
/// first strict-mode error up to here, and only then goes on differently.
/// </remarks>
internal sealed class RespondentCountingBroken(RespondentCounting next) : Exception("The respondent ids left the order of this way of counting; the file is read again.")
{
    /// <summary>The way of counting to read the file again with.</summary>
    public RespondentCounting Next { get; } = next;
}
