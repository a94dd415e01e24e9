namespace KanoKit.Statistics;

/// <summary>A closed interval [<paramref name="Lower"/>, <paramref name="Upper"/>], e.g. a confidence interval of a share.</summary>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public readonly record struct Interval(double Lower, double Upper)
{
    /// <summary>Whether <paramref name="value"/> lies within the interval, bounds included.</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The interval mirrored at zero: [−Upper, −Lower]. Used for Worse, which is a negated proportion; a bound of 0 stays +0, never −0.</summary>
    public Interval Negate() => new(0.0 - Upper, 0.0 - Lower);
}
