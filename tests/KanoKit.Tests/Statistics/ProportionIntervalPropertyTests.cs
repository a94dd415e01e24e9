using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Analysis;
using KanoKit.Statistics;
using KanoKit.Tallies;

namespace KanoKit.Tests.Statistics;

/// <summary>Issue 12's interval properties for the closed-form methods (the bootstrap has its own in MultinomialBootstrapTests).</summary>
public class ProportionIntervalPropertyTests
{
    private static readonly Arbitrary<(int X, int N)> Counts =
        Gen.Choose(1, 5000).SelectMany(n => Gen.Choose(0, n).Select(x => (x, n))).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Every_interval_contains_its_estimate_and_widens_with_confidence() =>
        Prop.ForAll(Counts, Gen.Choose(50, 98).ToArbitrary(), (counts, percent) =>
        {
            double low = percent / 100.0, high = Math.Min(0.999, low + 0.01);
            double p = (double)counts.X / counts.N;
            return new[] { IntervalMethod.Wilson, IntervalMethod.ClopperPearson }.All(method =>
            {
                var narrow = ProportionInterval.Compute(counts.X, counts.N, low, method)!.Value;
                var wide = ProportionInterval.Compute(counts.X, counts.N, high, method)!.Value;
                return narrow.Contains(p) && wide.Lower <= narrow.Lower && wide.Upper >= narrow.Upper
                    && narrow.Lower >= 0 && narrow.Upper <= 1;
            });
        });

    [Property(MaxTest = 100)]
    public Property Every_reported_interval_contains_its_point_estimate() =>
        Prop.ForAll(Generators.Columns, Gen.Elements(IntervalMethod.Wilson, IntervalMethod.ClopperPearson, IntervalMethod.Bootstrap).ToArbitrary(), (columns, method) =>
        {
            var tally = PairTally.Count(columns.Functional, columns.Dysfunctional);
            var result = KanoAnalysis.AnalyzeFeature("f", tally, KanoOptions.Default with { IntervalMethod = method, Resamples = 200 });
            if (result.Intervals is not { } iv)
            {
                return result.N == 0;
            }

            const double Slack = 1e-12; // a percentile of equal resamples may differ from the estimate in the last bit
            bool Holds(KanoKit.Statistics.Interval? interval, double? estimate) =>
                interval is null ? estimate is null : estimate is { } e && e >= interval.Value.Lower - Slack && e <= interval.Value.Upper + Slack;
            return Holds(iv.Better, result.Better) && Holds(iv.Worse, result.Worse)
                && KanoCategories.All.All(c => Holds(iv.Shares[c], result.Shares!.Value[c]));
        });
}
