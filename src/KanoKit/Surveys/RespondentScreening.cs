using System.Collections.Immutable;
using System.Globalization;

namespace KanoKit.Surveys;

/// <summary>How many respondents one exclusion rule flagged.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Count">Respondents the rule flags (a respondent flagged by two rules counts under both).</param>
public readonly record struct RuleCount(ExclusionRule Rule, int Count);

/// <summary>The outcome of screening a survey: every respondent's measures, who is excluded and why, and the survey without them.</summary>
public sealed class ScreeningResult
{
    internal ScreeningResult(ImmutableArray<RespondentQuality> measures, ImmutableArray<int> excluded, ImmutableArray<RuleCount> rules, KanoSurvey survey)
    {
        Measures = measures;
        Excluded = excluded;
        Rules = rules;
        Survey = survey;
    }

    /// <summary>Every respondent's quality measures, in survey order.</summary>
    public ImmutableArray<RespondentQuality> Measures { get; }

    /// <summary>Positions of the excluded respondents (flagged by at least one rule), ascending.</summary>
    public ImmutableArray<int> Excluded { get; }

    /// <summary>Each rule, in the order given, with how many respondents it flagged.</summary>
    public ImmutableArray<RuleCount> Rules { get; }

    /// <summary>The survey without the excluded respondents (features, attributes and order kept); its tallies leave them out.</summary>
    public KanoSurvey Survey { get; }
}

/// <summary>Respondent-level data quality (KANO-METHODS §9): measures per respondent and exclusion by rules.</summary>
public static class RespondentScreening
{
    /// <summary>
    /// Measures every respondent: answered and missing pairs, Q and R pairs under <paramref name="table"/>,
    /// straight-lining, and the completion time from the attribute column named <paramref name="secondsColumn"/> if given.
    /// </summary>
    /// <exception cref="ArgumentException">No attribute is named <paramref name="secondsColumn"/>.</exception>
    /// <exception cref="KanoDataException">A completion time is not a number of seconds.</exception>
    public static ImmutableArray<RespondentQuality> Measure(KanoSurvey survey, EvaluationTable table, string? secondsColumn = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(table);
        int count = survey.RespondentCount;
        var answered = new int[count];
        var questionable = new int[count];
        var reverse = new int[count];
        var firstPair = new byte[count]; // 0 = none yet, else functional * 8 + dysfunctional
        var sameThroughout = new bool[count];
        Array.Fill(sameThroughout, true);
        foreach (var feature in survey.Features)
        {
            ReadOnlySpan<Answer> functional = feature.Functional.AsSpan();
            ReadOnlySpan<Answer> dysfunctional = feature.Dysfunctional.AsSpan();
            for (int i = 0; i < count; i++)
            {
                if (functional[i] == Answer.Missing || dysfunctional[i] == Answer.Missing)
                {
                    continue;
                }

                answered[i]++;
                var category = table.CellAt(PairTally.CellIndex(functional[i], dysfunctional[i]));
                questionable[i] += category == KanoCategory.Questionable ? 1 : 0;
                reverse[i] += category == KanoCategory.Reverse ? 1 : 0;
                byte pair = (byte)(((int)functional[i] * 8) + (int)dysfunctional[i]);
                if (firstPair[i] == 0)
                {
                    firstPair[i] = pair;
                }
                else if (firstPair[i] != pair)
                {
                    sameThroughout[i] = false;
                }
            }
        }

        double?[] seconds = Seconds(survey, secondsColumn);
        int features = survey.Features.Count;
        var builder = ImmutableArray.CreateBuilder<RespondentQuality>(count);
        for (int i = 0; i < count; i++)
        {
            builder.Add(new RespondentQuality(
                i, survey.Respondents[i], features, answered[i], features - answered[i], questionable[i], reverse[i],
                answered[i] >= 2 && sameThroughout[i], seconds[i]));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Measures every respondent, excludes those any rule flags, and returns the survey without them with each rule's
    /// count. With no rule (or none that flags anyone) the survey's tallies are unchanged.
    /// </summary>
    /// <exception cref="ArgumentException">A <c>seconds&lt;x</c> rule without a <paramref name="secondsColumn"/>, or no attribute of that name.</exception>
    /// <exception cref="KanoDataException">A completion time is not a number of seconds.</exception>
    public static ScreeningResult Screen(KanoSurvey survey, EvaluationTable table, IReadOnlyList<ExclusionRule> rules, string? secondsColumn = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (secondsColumn is null && rules.Any(r => r.Kind == ExclusionKind.MinimumSeconds))
        {
            throw new ArgumentException("A seconds<x rule needs the name of the completion-time column.", nameof(secondsColumn));
        }

        var measures = Measure(survey, table, secondsColumn);
        var counts = new int[rules.Count];
        var excluded = ImmutableArray.CreateBuilder<int>();
        foreach (var respondent in measures)
        {
            bool flagged = false;
            for (int r = 0; r < rules.Count; r++)
            {
                if (rules[r].Excludes(respondent))
                {
                    counts[r]++;
                    flagged = true;
                }
            }

            if (flagged)
            {
                excluded.Add(respondent.Index);
            }
        }

        var excludedIndexes = excluded.ToImmutable();
        return new ScreeningResult(
            measures,
            excludedIndexes,
            [.. rules.Select((rule, r) => new RuleCount(rule, counts[r]))],
            Without(survey, excludedIndexes));
    }

    /// <summary>The survey without the respondents at <paramref name="excluded"/> (ascending positions).</summary>
    internal static KanoSurvey Without(KanoSurvey survey, ImmutableArray<int> excluded)
    {
        var keep = new bool[survey.RespondentCount];
        Array.Fill(keep, true);
        foreach (int index in excluded)
        {
            keep[index] = false;
        }

        int kept = survey.RespondentCount - excluded.Length;
        Answer[] Filter(ReadOnlySpan<Answer> column)
        {
            var result = new Answer[kept];
            int next = 0;
            for (int i = 0; i < column.Length; i++)
            {
                if (keep[i])
                {
                    result[next++] = column[i];
                }
            }

            return result;
        }

        return KanoSurvey.Create(
            survey.Respondents.Where((_, i) => keep[i]),
            survey.Features.Select(f => new SurveyFeature(f.Name, Filter(f.Functional.AsSpan()), Filter(f.Dysfunctional.AsSpan()))),
            survey.Attributes.Select(a => new RespondentColumn(a.Name, [.. a.Values.Where((_, i) => keep[i])])));
    }

    private static double?[] Seconds(KanoSurvey survey, string? column)
    {
        var seconds = new double?[survey.RespondentCount];
        if (column is null)
        {
            return seconds;
        }

        var attribute = survey.Attributes.FirstOrDefault(a => a.Name == column)
            ?? throw new ArgumentException(
                $"The survey has no column '{column}' (its respondent columns: {string.Join(", ", survey.Attributes.Select(a => a.Name))}).",
                nameof(column));
        for (int i = 0; i < seconds.Length; i++)
        {
            string text = attribute.Values[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !(value >= 0) || !double.IsFinite(value))
            {
                throw new KanoDataException(new Reading.KanoDiagnostic(Reading.DiagnosticKind.BadNumber, column, i + 1, 1, $"'{text}' is not a completion time (respondent {i + 1})", text, "a number of seconds ≥ 0, e.g. 312 or 312.5"));
            }

            seconds[i] = value;
        }

        return seconds;
    }
}
