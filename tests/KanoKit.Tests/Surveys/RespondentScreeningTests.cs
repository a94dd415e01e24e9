using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Surveys;
using static KanoKit.Answer;

namespace KanoKit.Tests.Surveys;

public class RespondentScreeningTests
{
    /// <summary>
    /// Four respondents, three features (pairs functional/dysfunctional):
    /// r1: (Like, Dislike) ×3 — straight-lines on O;
    /// r2: (Like, Like) Q, (Dislike, Dislike) Q, (Like, Neutral) A — Q rate 2/3;
    /// r3: (Dislike, Like) R, missing, missing — R rate 1/1, missing rate 2/3;
    /// r4: (Like, Neutral) A, (Neutral, Dislike) M, (Neutral, Neutral) I — clean.
    /// </summary>
    private static KanoSurvey Example()
    {
        Answer[][] functional = [[Like, Like, Dislike, Like], [Like, Dislike, Missing, Neutral], [Like, Like, Like, Neutral]];
        Answer[][] dysfunctional = [[Dislike, Like, Like, Neutral], [Dislike, Dislike, Dislike, Dislike], [Dislike, Neutral, Missing, Neutral]];
        return KanoSurvey.Create(
            ["r1", "r2", "r3", "r4"],
            Enumerable.Range(0, 3).Select(f => new SurveyFeature($"f{f + 1}", functional[f], dysfunctional[f])),
            [new RespondentColumn("duration", ["400", "95.5", "", "1200"]), new RespondentColumn("segment", ["a", "b", "a", "b"])]);
    }

    [Fact]
    public void Measures_count_Q_R_missing_and_straight_lining()
    {
        var measures = RespondentScreening.Measure(Example(), EvaluationTable.Standard, "duration");
        Assert.Equal(new RespondentQuality(0, "r1", 3, 3, 0, 0, 0, true, 400), measures[0]);
        Assert.Equal(new RespondentQuality(1, "r2", 3, 3, 0, 2, 0, false, 95.5), measures[1]);
        Assert.Equal(new RespondentQuality(2, "r3", 3, 1, 2, 0, 1, false, null), measures[2]);
        Assert.Equal(new RespondentQuality(3, "r4", 3, 3, 0, 0, 0, false, 1200), measures[3]);
        Assert.Equal(2.0 / 3, measures[1].QuestionableRate!.Value, 12);
        Assert.Equal(1, measures[2].ReverseRate);
        Assert.Equal(2.0 / 3, measures[2].MissingRate!.Value, 12);
    }

    [Fact]
    public void One_answered_feature_is_not_straight_lining() =>
        Assert.False(RespondentScreening.Measure(Example(), EvaluationTable.Standard)[2].StraightLined);

    [Fact]
    public void Screening_excludes_by_every_rule_and_counts_each()
    {
        ExclusionRule[] rules = [ExclusionRule.Parse("q-rate>0.3"), ExclusionRule.Parse("r-rate>0.5"), ExclusionRule.Parse("straight-line"), ExclusionRule.Parse("seconds<100")];
        var result = RespondentScreening.Screen(Example(), EvaluationTable.Standard, rules, "duration");
        Assert.Equal([0, 1, 2], result.Excluded.ToArray());
        Assert.Equal([1, 1, 1, 1], result.Rules.Select(r => r.Count));
        Assert.Equal(["r4"], result.Survey.Respondents.ToArray());
        Assert.Equal(["b"], result.Survey.Attributes[1].Values.ToArray());
        // r4's tallies alone: f1 (Like, Neutral) = A, f2 (Neutral, Dislike) = M, f3 (Neutral, Neutral) = I.
        var tallies = result.Survey.Tallies();
        Assert.Equal(1, tallies[0].Tally[Like, Neutral]);
        Assert.Equal(1, tallies[1].Tally[Neutral, Dislike]);
        Assert.Equal(1, tallies[2].Tally.Total);
    }

    [Fact]
    public void A_time_rule_needs_a_time_column_and_times_must_be_numbers()
    {
        Assert.Throws<ArgumentException>(() => RespondentScreening.Screen(Example(), EvaluationTable.Standard, [ExclusionRule.SecondsBelow(60)]));
        Assert.Throws<ArgumentException>(() => RespondentScreening.Measure(Example(), EvaluationTable.Standard, "no such column"));
        var error = Assert.Throws<KanoDataException>(() => RespondentScreening.Measure(Example(), EvaluationTable.Standard, "segment"));
        Assert.Equal(1, error.Line);
        Assert.Equal("a", error.Value);
    }

    [Property(MaxTest = 100)]
    public Property Excluding_nobody_changes_nothing() =>
        Prop.ForAll(Generators.Columns, Gen.Choose(1, 4).ToArbitrary(), (columns, featureCount) =>
        {
            var survey = RandomSurvey(columns, featureCount);
            // Thresholds no respondent can exceed: rates above 1 are impossible, and no rule at all.
            foreach (ExclusionRule[] rules in (ExclusionRule[][])[[], [ExclusionRule.QuestionableRateAbove(1), ExclusionRule.MissingRateAbove(1)]])
            {
                var result = RespondentScreening.Screen(survey, EvaluationTable.Standard, rules);
                if (!result.Excluded.IsEmpty || !result.Survey.Respondents.SequenceEqual(survey.Respondents)
                    || !result.Survey.Tallies().Select(t => t.Tally).SequenceEqual(survey.Tallies().Select(t => t.Tally)))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property Kept_and_excluded_respondents_add_up_to_the_survey() =>
        Prop.ForAll(Generators.Columns, Gen.Choose(0, 10).ToArbitrary(), (columns, tenths) =>
        {
            var survey = RandomSurvey(columns, 3);
            var result = RespondentScreening.Screen(survey, EvaluationTable.Standard, [ExclusionRule.QuestionableRateAbove(tenths / 10.0), ExclusionRule.StraightLine]);
            var excludedOnly = RespondentScreening.Without(survey, [.. Enumerable.Range(0, survey.RespondentCount).Except(result.Excluded)]);
            var sums = result.Survey.Tallies().Zip(excludedOnly.Tallies(), (kept, dropped) => kept.Tally + dropped.Tally);
            return sums.SequenceEqual(survey.Tallies().Select(t => t.Tally))
                && result.Survey.RespondentCount + result.Excluded.Length == survey.RespondentCount
                && result.Excluded.All(i => result.Rules.Any(r => r.Rule.Excludes(result.Measures[i])));
        });

    private static KanoSurvey RandomSurvey((Answer[] Functional, Answer[] Dysfunctional) columns, int featureCount)
    {
        int n = Math.Min(columns.Functional.Length, 500);
        var features = Enumerable.Range(0, featureCount).Select(f => new SurveyFeature(
            $"f{f}",
            columns.Functional.Skip(f).Concat(columns.Functional.Take(f)).Take(n).ToArray(),
            columns.Dysfunctional.Skip(f).Concat(columns.Dysfunctional.Take(f)).Take(n).ToArray()));
        return KanoSurvey.Create(Enumerable.Range(0, n).Select(i => $"r{i}"), features);
    }
}
