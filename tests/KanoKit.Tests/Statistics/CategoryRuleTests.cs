using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Statistics;
using static KanoKit.KanoCategory;

namespace KanoKit.Tests.Statistics;

public class CategoryRuleTests
{
    private static CategoryDecision Decide(CategoryRule rule, long a, long o, long m, long i, long r, long q, CategoryStability? stability = null) =>
        rule.Decide(new CategoryCounts(a, o, m, i, r, q), stability)!.Value;

    [Fact]
    public void Grouped_reports_the_worked_example_as_attractive()
    {
        // KANO-METHODS §3 (Matzler & Hinterhuber 1998): A=50, O=20, M=15, I=60, R=5, Q=0 → 85 > 65 → A; plurality says I.
        Assert.Equal(CategoryDecision.One(Attractive), Decide(CategoryRule.Grouped, 50, 20, 15, 60, 5, 0));
        Assert.Equal(CategoryDecision.One(Indifferent), Decide(CategoryRule.Plurality, 50, 20, 15, 60, 5, 0));
    }

    [Fact]
    public void Grouped_on_every_count_tuple_up_to_6_agrees_with_the_rule_as_stated()
    {
        // Exhaustive: 7⁶ = 117,649 tuples. The brute-force statement: if A + O + M > I + R + Q take the largest of
        // M, O, A (ties in that order), else the largest of I, R, Q (ties in that order).
        for (int code = 1; code < 117_649; code++)
        {
            var c = new long[6];
            int rest = code;
            for (int k = 0; k < 6; k++)
            {
                c[k] = rest % 7;
                rest /= 7;
            }

            (long A, long O, long M, long I, long R, long Q) = (c[0], c[1], c[2], c[3], c[4], c[5]);
            KanoCategory expected;
            if (A + O + M > I + R + Q)
            {
                expected = M >= O && M >= A ? MustBe : O >= A ? OneDimensional : Attractive;
            }
            else
            {
                expected = I >= R && I >= Q ? Indifferent : R >= Q ? Reverse : Questionable;
            }

            var decision = Decide(CategoryRule.Grouped, A, O, M, I, R, Q);
            Assert.False(decision.IsMixed);
            Assert.Equal(expected, decision.Primary);
        }
    }

    [Fact]
    public void Plurality_is_todays_dominance_with_exact_ties()
    {
        Assert.Equal(CategoryDecision.One(OneDimensional), Decide(CategoryRule.Plurality, 20, 30, 25, 15, 5, 5));
        Assert.Equal(CategoryDecision.TieBrokenBy(MustBe), Decide(CategoryRule.Plurality, 10, 10, 10, 5, 0, 0));
    }

    [Property]
    public Property Plurality_and_band_agree_with_dominance_find() =>
        Prop.ForAll(Generators.TallyArb, Gen.Choose(0, 20).ToArbitrary(), (tally, points) =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            var plurality = CategoryRule.Plurality.Decide(counts);
            var band0 = CategoryRule.Band(0).Decide(counts);
            var expected = Dominance.Find(counts);
            return counts.Total == 0
                ? plurality is null
                : plurality == band0 && plurality!.Value.Primary == expected!.Value.Category && plurality.Value.Tie == expected.Value.Tie;
        });

    [Fact]
    public void A_six_percent_band_reports_I_42_A_41_as_attractive()
    {
        // KANO-METHODS §3: one published R package uses a 6-point band; I = 42 %, A = 41 % is reported as A.
        Assert.Equal(CategoryDecision.TieBrokenBy(Attractive), Decide(CategoryRule.Band(0.06), 41, 10, 5, 42, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryRule.Band(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryRule.Band(double.NaN));
    }

    [Fact]
    public void Evidence_by_Fong_lists_unseparated_categories_in_priority_order()
    {
        // KANO-METHODS §5: A=20, O=30, M=25, I=15, R=5, Q=5: 30 − 25 = 5 < 10.419, so O and M are not separated.
        // A: 30 − 20 = 10 < 1.65·sqrt(50·150/200) = 10.104 → also unseparated; I: 15 ≥ 1.65·sqrt(45·155/200) = 9.75 → separated.
        var decision = Decide(CategoryRule.Evidence(), 20, 30, 25, 15, 5, 5);
        Assert.Equal(CategoryDecision.Of(OneDimensional, MustBe, Attractive), decision);
        Assert.Equal("M/O/A", decision.ToString());
        Assert.True(decision.IsMixed);
    }

    [Fact]
    public void Evidence_by_Fong_is_single_when_the_top_two_separate()
    {
        // a = 60, b = 20, N = 100: 40 ≥ 1.65·sqrt(80·120/200) = 11.43.
        Assert.Equal(CategoryDecision.One(Attractive), Decide(CategoryRule.Evidence(), 60, 20, 10, 10, 0, 0));
        // A single answer pair cannot be separated from nothing, but empty categories are never listed.
        Assert.Equal(CategoryDecision.One(Reverse), Decide(CategoryRule.Evidence(), 0, 0, 0, 0, 1, 0));
    }

    [Property]
    public Property Evidence_by_Fong_is_single_exactly_when_Fongs_test_is_significant() =>
        Prop.ForAll(Generators.TallyArb, tally =>
        {
            var counts = CategoryCounts.From(tally, EvaluationTable.Standard);
            if (counts.Total == 0)
            {
                return CategoryRule.Evidence().Decide(counts) is null;
            }

            var decision = CategoryRule.Evidence().Decide(counts)!.Value;
            var fong = Fong.Test(counts)!.Value;
            long nonZero = KanoCategories.All.Count(c => counts[c] > 0);
            return decision.IsMixed == (!fong.Significant && nonZero > 1)
                && decision.Contains(Dominance.Find(counts)!.Value.Category);
        });

    [Fact]
    public void Evidence_by_stability_uses_the_threshold()
    {
        var rule = CategoryRule.Evidence(stabilityThreshold: 0.9);
        var stable = new CategoryStability(MustBe, 0.93, OneDimensional, 0.07);
        var unstable = new CategoryStability(MustBe, 0.6, OneDimensional, 0.4);
        Assert.Equal(CategoryDecision.One(MustBe), Decide(rule, 0, 10, 11, 0, 0, 0, stable));
        Assert.Equal("M/O", Decide(rule, 0, 10, 11, 0, 0, 0, unstable).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryRule.Evidence(stabilityThreshold: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CategoryRule.Evidence(fongZ: -1));
    }

    [Fact]
    public void No_pairs_no_decision() =>
        Assert.All([CategoryRule.Plurality, CategoryRule.Band(0.1), CategoryRule.Grouped, CategoryRule.Evidence()],
            rule => Assert.Null(rule.Decide(default)));

    [Fact]
    public void Decisions_compare_by_content_and_print_in_priority_order()
    {
        Assert.Equal(CategoryDecision.Of(Attractive, MustBe), CategoryDecision.Of(MustBe, Attractive, MustBe));
        Assert.NotEqual(CategoryDecision.One(MustBe), CategoryDecision.TieBrokenBy(MustBe));
        Assert.Equal([MustBe, OneDimensional], CategoryDecision.Of(OneDimensional, MustBe).Categories.ToArray());
        Assert.Equal("M/O", CategoryDecision.Of(OneDimensional, MustBe).ToString());
        Assert.Equal(MustBe, CategoryDecision.Of(Indifferent, MustBe).Primary);
        Assert.Throws<ArgumentException>(() => CategoryDecision.Of());
    }

    [Fact]
    public void Rules_print_and_compare_as_settings()
    {
        Assert.Equal("grouped", CategoryRule.Grouped.ToString());
        Assert.Equal("band 0.06", CategoryRule.Band(0.06).ToString());
        Assert.Equal(CategoryRule.Band(0.06), CategoryRule.Band(0.06));
        Assert.Equal("evidence", CategoryRule.Evidence().Name);
    }
}
