namespace KanoKit.Reading.Layouts;

/// <summary>
/// How the respondents of a long or tall file are told apart, from the cheapest to the exact fallback. A file is
/// first read counting by runs; when its ids break the order that makes that exact, it is read again from the start
/// the next way (only a source that can be read again is read this way; any other is indexed from the start).
/// </summary>
internal enum RespondentCounting
{
    /// <summary>Every id held (a <see cref="TextSet"/>): exact for any order of rows; memory grows with respondents.</summary>
    Indexed,

    /// <summary>
    /// Ids in strictly increasing <see cref="RespondentOrder"/> (rows grouped by respondent, respondents sorted): each
    /// new id is provably new, so only the current respondent is held and memory stays flat in the file size.
    /// </summary>
    Runs,

    /// <summary>
    /// Rows grouped by respondent in any order: a 64-bit hash of each id is held (8–16 bytes per respondent); a hash met
    /// again (a respondent coming back, or two ids with one hash) ends this way of reading for <see cref="Indexed"/>.
    /// </summary>
    Hashed,
}
