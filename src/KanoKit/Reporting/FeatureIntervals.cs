using System.Text.Json.Serialization;
using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>Confidence intervals of one feature's coefficients and category shares.</summary>
/// <param name="Confidence">The two-sided confidence level, e.g. 0.95.</param>
/// <param name="Method">How the intervals were computed.</param>
/// <param name="Better">Interval of Better: the proportion (A + O) / N′; <see langword="null"/> when N′ = 0.</param>
/// <param name="Worse">Interval of Worse: the proportion (O + M) / N′, negated; <see langword="null"/> when N′ = 0.</param>
/// <param name="Shares">Interval of each category's share of N.</param>
public sealed record FeatureIntervals(
    double Confidence,
    IntervalMethod Method,
    Interval? Better,
    Interval? Worse,
    CategoryIntervals Shares);

/// <summary>One interval per Kano category.</summary>
/// <param name="A">Attractive.</param>
/// <param name="O">One-dimensional.</param>
/// <param name="M">Must-be.</param>
/// <param name="I">Indifferent.</param>
/// <param name="R">Reverse.</param>
/// <param name="Q">Questionable.</param>
public sealed record CategoryIntervals(
    [property: JsonPropertyName("A")] Interval A,
    [property: JsonPropertyName("O")] Interval O,
    [property: JsonPropertyName("M")] Interval M,
    [property: JsonPropertyName("I")] Interval I,
    [property: JsonPropertyName("R")] Interval R,
    [property: JsonPropertyName("Q")] Interval Q);
