namespace KanoKit.Statistics;

/// <summary>One interval per category share (count / N), in storage order A, O, M, I, R, Q.</summary>
/// <param name="A">Attractive.</param>
/// <param name="O">One-dimensional.</param>
/// <param name="M">Must-be.</param>
/// <param name="I">Indifferent.</param>
/// <param name="R">Reverse.</param>
/// <param name="Q">Questionable.</param>
public readonly record struct ShareIntervals(Interval A, Interval O, Interval M, Interval I, Interval R, Interval Q)
{
    /// <summary>The interval of one category's share.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined category.</exception>
    public Interval this[KanoCategory category] => category switch
    {
        KanoCategory.Attractive => A,
        KanoCategory.OneDimensional => O,
        KanoCategory.MustBe => M,
        KanoCategory.Indifferent => I,
        KanoCategory.Reverse => R,
        KanoCategory.Questionable => Q,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category."),
    };
}
