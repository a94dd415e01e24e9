using KanoKit.Tallies;

namespace KanoKit.Surveys;

/// <summary>The tallies of a survey after screening: every tally (overall and per segment) without the excluded respondents.</summary>
public static class ScreenedTallies
{
    /// <summary>
    /// The tallies <paramref name="read"/> without the respondents <paramref name="screening"/> excluded. When nobody is
    /// excluded, <paramref name="read"/> itself is returned, so excluding nobody changes nothing. Otherwise every
    /// feature is tallied again from the kept respondents of <see cref="ScreeningResult.Survey"/>, and every segment of
    /// <paramref name="read"/> from the kept respondents whose segment column (a respondent attribute of the survey)
    /// holds its value. Rebuilt tallies carry no self-stated importance (the respondent-level survey does not hold it)
    /// and no rejected pairs (a pair a lenient reader rejected is a missing answer in the survey, so it counts as missing).
    /// </summary>
    /// <param name="read">The tallies as read, from the same source as the screened survey.</param>
    /// <param name="screening">The outcome of <see cref="RespondentScreening.Screen"/> on the source's survey.</param>
    /// <exception cref="ArgumentException">
    /// The survey's features differ from the tallies' features, or a segment column is not a respondent attribute of
    /// the survey (so its segments cannot be tallied again).
    /// </exception>
    public static SurveyTallies Without(SurveyTallies read, ScreeningResult screening)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(screening);
        if (screening.Excluded.IsEmpty)
        {
            return read;
        }

        var survey = screening.Survey;
        if (!read.Features.Select(f => f.Name).SequenceEqual(survey.Features.Select(f => f.Name)))
        {
            throw new ArgumentException("The screened survey's features are not the tallies' features (read both from the same source).", nameof(screening));
        }

        var segments = new List<SegmentTallies>(read.Segments.Count);
        foreach (var segment in read.Segments)
        {
            var column = survey.Attributes.FirstOrDefault(a => a.Name == segment.Column)
                ?? throw new ArgumentException(
                    $"Segment column '{segment.Column}' is not kept with the respondents, so its segments cannot be tallied without the excluded ones.",
                    nameof(screening));
            var members = new bool[survey.RespondentCount];
            int count = 0;
            for (int i = 0; i < members.Length; i++)
            {
                members[i] = column.Values[i] == segment.Value;
                count += members[i] ? 1 : 0;
            }

            segments.Add(new SegmentTallies(segment.Column, segment.Value, count, [.. survey.Features.Select(f => new FeatureTally(f.Name, Count(f, members, count)))]));
        }

        return new SurveyTallies(survey.Tallies(), [.. segments], survey.RespondentCount, read.Counts);
    }

    private static PairTally Count(SurveyFeature feature, bool[] members, int count)
    {
        var functional = new Answer[count];
        var dysfunctional = new Answer[count];
        ReadOnlySpan<Answer> f = feature.Functional.AsSpan(), d = feature.Dysfunctional.AsSpan();
        int next = 0;
        for (int i = 0; i < members.Length; i++)
        {
            if (members[i])
            {
                functional[next] = f[i];
                dysfunctional[next++] = d[i];
            }
        }

        return PairTally.Count(functional, dysfunctional);
    }
}
