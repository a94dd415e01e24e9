namespace KanoKit;

/// <summary>
/// One answer to a Kano question (functional or dysfunctional), stored as one byte so that a survey
/// column is a plain span of bytes.
/// </summary>
/// <remarks>The numeric values are the standard codes of Kano et al. (1984): 1 Like … 5 Dislike; 0 is a missing answer.</remarks>
public enum Answer : byte
{
    /// <summary>No answer was given. A pair with either side missing is counted as missing, never classified.</summary>
    Missing = 0,

    /// <summary>"I like it (that way)".</summary>
    Like = 1,

    /// <summary>"I expect it" / "It must be that way".</summary>
    MustBe = 2,

    /// <summary>"I am neutral" / "I don't care".</summary>
    Neutral = 3,

    /// <summary>"I can live with it" / "I can tolerate it".</summary>
    LiveWith = 4,

    /// <summary>"I dislike it (that way)".</summary>
    Dislike = 5,
}
