namespace KanoKit.Surveys;

/// <summary>Data-quality measures of one respondent over all features of a survey (KANO-METHODS §9).</summary>
/// <param name="Index">The respondent's position in the survey (0-based).</param>
/// <param name="Respondent">The respondent's identifier.</param>
/// <param name="Features">The number of features asked.</param>
/// <param name="Answered">Features with both answers given (valid pairs).</param>
/// <param name="Missing">Features with the functional or the dysfunctional answer missing.</param>
/// <param name="Questionable">Valid pairs the evaluation table classifies as Q.</param>
/// <param name="Reverse">Valid pairs the evaluation table classifies as R.</param>
/// <param name="StraightLined">
/// Whether the respondent gave the same answer pair to every feature answered, with at least two features answered
/// (features with a missing answer are not compared).
/// </param>
/// <param name="Seconds">Completion time in seconds where the survey has such a column; <see langword="null"/> otherwise or when empty.</param>
public readonly record struct RespondentQuality(
    int Index, string Respondent, int Features, int Answered, int Missing, int Questionable, int Reverse, bool StraightLined, double? Seconds)
{
    /// <summary>Q / answered pairs; <see langword="null"/> when no pair was answered.</summary>
    public double? QuestionableRate => Answered == 0 ? null : (double)Questionable / Answered;

    /// <summary>R / answered pairs; <see langword="null"/> when no pair was answered.</summary>
    public double? ReverseRate => Answered == 0 ? null : (double)Reverse / Answered;

    /// <summary>Missing pairs / features; <see langword="null"/> when the survey has no feature.</summary>
    public double? MissingRate => Features == 0 ? null : (double)Missing / Features;
}
