namespace KanoKit.Answers;

/// <summary>
/// One importance answer as read from a cell: a number (bare, with a decimal comma, or with its label as in
/// "3 - Somewhat important"), or a verbal label alone, whose number depends on the column's scale and is settled
/// once the whole column has been read (<see cref="ImportanceScaleChoice"/>).
/// </summary>
/// <param name="Value">The number; <see cref="double.NaN"/> for a label alone.</param>
/// <param name="Label">The label's number in <see cref="ImportanceScales"/>, or −1 for a number.</param>
internal readonly record struct ImportanceRating(double Value, int Label)
{
    public bool IsLabel => Label >= 0;

    public static ImportanceRating Number(double value) => new(value, -1);

    public static ImportanceRating Verbal(int label) => new(double.NaN, label);
}
