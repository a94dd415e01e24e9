using KanoKit.Statistics;

namespace KanoKit.Reporting;

/// <summary>One group's result for one feature in a comparison, with its differences to the baseline.</summary>
public sealed record GroupResult
{
    /// <summary>The segment value or the wave label.</summary>
    public required string Value { get; init; }

    /// <summary>N, the group's classified answer pairs.</summary>
    public required long N { get; init; }

    /// <summary>The group's category counts.</summary>
    public required CategoryCounts Counts { get; init; }

    /// <summary>The group's category under the analysis' rule; <see langword="null"/> when N = 0.</summary>
    public KanoCategory? Category { get; init; }

    /// <summary>Whether a tie rule chose <see cref="Category"/>.</summary>
    public bool Tie { get; init; }

    /// <summary>Better = (A + O)/N′; <see langword="null"/> when N′ = 0.</summary>
    public double? Better { get; init; }

    /// <summary>Worse = −(O + M)/N′; <see langword="null"/> when N′ = 0.</summary>
    public double? Worse { get; init; }

    /// <summary>The interval of <see cref="Better"/>.</summary>
    public Interval? BetterInterval { get; init; }

    /// <summary>The interval of <see cref="Worse"/>.</summary>
    public Interval? WorseInterval { get; init; }

    /// <summary>Better minus the baseline's Better; <see langword="null"/> when either is undefined or there is no baseline (the first wave).</summary>
    public double? BetterDifference { get; init; }

    /// <summary>The interval of <see cref="BetterDifference"/>.</summary>
    public Interval? BetterDifferenceInterval { get; init; }

    /// <summary>Worse minus the baseline's Worse; <see langword="null"/> as <see cref="BetterDifference"/>.</summary>
    public double? WorseDifference { get; init; }

    /// <summary>The interval of <see cref="WorseDifference"/>.</summary>
    public Interval? WorseDifferenceInterval { get; init; }
}
