using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KanoKit.Surveys;

/// <summary>What an <see cref="ExclusionRule"/> looks at.</summary>
public enum ExclusionKind
{
    /// <summary>"q-rate&gt;x": questionable pairs / answered pairs above x.</summary>
    QuestionableRate = 0,

    /// <summary>"r-rate&gt;x": reverse pairs / answered pairs above x.</summary>
    ReverseRate = 1,

    /// <summary>"missing-rate&gt;x": features with a missing answer / features above x.</summary>
    MissingRate = 2,

    /// <summary>"straight-line": the same answer pair for every feature answered (at least two).</summary>
    StraightLine = 3,

    /// <summary>"seconds&lt;x": completion time below x seconds.</summary>
    MinimumSeconds = 4,
}

/// <summary>
/// A rule that excludes careless respondents, written as text: <c>q-rate&gt;0.3</c>, <c>r-rate&gt;0.2</c>,
/// <c>missing-rate&gt;0.5</c>, <c>straight-line</c>, <c>seconds&lt;120</c> (also <c>min-seconds=120</c>).
/// </summary>
public sealed record ExclusionRule
{
    private ExclusionRule(ExclusionKind kind, double threshold)
    {
        Kind = kind;
        Threshold = threshold;
    }

    /// <summary>What the rule looks at.</summary>
    public ExclusionKind Kind { get; }

    /// <summary>The threshold: a fraction in [0, 1] for rates, seconds for <see cref="ExclusionKind.MinimumSeconds"/>, 0 for straight-lining.</summary>
    public double Threshold { get; }

    /// <summary>Straight-lining: the same answer pair for every feature answered.</summary>
    public static ExclusionRule StraightLine { get; } = new(ExclusionKind.StraightLine, 0);

    /// <summary>Excludes respondents whose Q rate is above <paramref name="fraction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in [0, 1].</exception>
    public static ExclusionRule QuestionableRateAbove(double fraction) => new(ExclusionKind.QuestionableRate, RequireFraction(fraction));

    /// <summary>Excludes respondents whose R rate is above <paramref name="fraction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in [0, 1].</exception>
    public static ExclusionRule ReverseRateAbove(double fraction) => new(ExclusionKind.ReverseRate, RequireFraction(fraction));

    /// <summary>Excludes respondents whose missing rate is above <paramref name="fraction"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not in [0, 1].</exception>
    public static ExclusionRule MissingRateAbove(double fraction) => new(ExclusionKind.MissingRate, RequireFraction(fraction));

    /// <summary>Excludes respondents who took fewer than <paramref name="seconds"/> seconds; respondents without a time are kept.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative or not finite.</exception>
    public static ExclusionRule SecondsBelow(double seconds) => seconds >= 0 && double.IsFinite(seconds)
        ? new(ExclusionKind.MinimumSeconds, seconds)
        : throw new ArgumentOutOfRangeException(nameof(seconds), seconds, "A minimum time is a finite number of seconds, e.g. 120.");

    /// <summary>
    /// Whether the rule excludes <paramref name="respondent"/>. An undefined measure never excludes: a respondent who
    /// answered nothing has no Q or R rate, and one without a completion time passes <c>seconds&lt;x</c>.
    /// </summary>
    public bool Excludes(in RespondentQuality respondent) => Kind switch
    {
        ExclusionKind.QuestionableRate => respondent.QuestionableRate > Threshold,
        ExclusionKind.ReverseRate => respondent.ReverseRate > Threshold,
        ExclusionKind.MissingRate => respondent.MissingRate > Threshold,
        ExclusionKind.StraightLine => respondent.StraightLined,
        _ => respondent.Seconds < Threshold,
    };

    /// <summary>Reads a rule from its text form; see <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not a rule; the message says what was expected.</exception>
    public static ExclusionRule Parse(string text) =>
        TryParse(text, out var rule, out string? error) ? rule : throw new FormatException(error);

    /// <summary>
    /// Reads <c>q-rate&gt;x</c>, <c>r-rate&gt;x</c>, <c>missing-rate&gt;x</c> (x a fraction in [0, 1]), <c>straight-line</c>,
    /// or <c>seconds&lt;x</c> / <c>min-seconds=x</c> (x seconds); case and surrounding white space are ignored, numbers
    /// use '.' as the decimal point.
    /// </summary>
    /// <returns><see langword="false"/> with <paramref name="error"/> naming the text, the problem and the expected form.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ExclusionRule? rule, [NotNullWhen(false)] out string? error)
    {
        rule = null;
        string trimmed = (text ?? string.Empty).Trim();
        string lower = trimmed.ToLowerInvariant();
        if (lower == "straight-line")
        {
            rule = StraightLine;
            error = null;
            return true;
        }

        int at = lower.IndexOfAny(['>', '<', '=']);
        string name = at < 0 ? lower : lower[..at].Trim();
        (ExclusionKind Kind, char Operator)? form = name switch
        {
            "q-rate" => (ExclusionKind.QuestionableRate, '>'),
            "r-rate" => (ExclusionKind.ReverseRate, '>'),
            "missing-rate" => (ExclusionKind.MissingRate, '>'),
            "seconds" => (ExclusionKind.MinimumSeconds, '<'),
            "min-seconds" => (ExclusionKind.MinimumSeconds, '='),
            _ => null,
        };

        if (form is not { } known)
        {
            error = $"'{trimmed}' is not an exclusion rule (expected q-rate>x, r-rate>x, missing-rate>x, straight-line, seconds<x or min-seconds=x).";
            return false;
        }

        if (at < 0 || lower[at] != known.Operator)
        {
            error = $"'{trimmed}': {name} is written {name}{known.Operator}x (e.g. {name}{known.Operator}{(known.Kind == ExclusionKind.MinimumSeconds ? "120" : "0.3")}).";
            return false;
        }

        string number = trimmed[(at + 1)..].Trim();
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double threshold) || !double.IsFinite(threshold))
        {
            error = $"'{trimmed}': '{number}' is not a number (expected e.g. {name}{known.Operator}{(known.Kind == ExclusionKind.MinimumSeconds ? "120" : "0.3")}).";
            return false;
        }

        if (known.Kind == ExclusionKind.MinimumSeconds ? threshold < 0 : threshold is < 0 or > 1)
        {
            error = known.Kind == ExclusionKind.MinimumSeconds
                ? $"'{trimmed}': a time is not negative."
                : $"'{trimmed}': a rate is a fraction between 0 and 1, not {number} (percentages are written as fractions: 0.3, not 30).";
            return false;
        }

        rule = new ExclusionRule(known.Kind, threshold);
        error = null;
        return true;
    }

    /// <summary>The rule's text form: "q-rate&gt;0.3", "straight-line", "seconds&lt;120".</summary>
    public override string ToString() => Kind switch
    {
        ExclusionKind.QuestionableRate => Invariant($"q-rate>{Threshold}"),
        ExclusionKind.ReverseRate => Invariant($"r-rate>{Threshold}"),
        ExclusionKind.MissingRate => Invariant($"missing-rate>{Threshold}"),
        ExclusionKind.StraightLine => "straight-line",
        _ => Invariant($"seconds<{Threshold}"),
    };

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static double RequireFraction(double fraction) => fraction is >= 0 and <= 1
        ? fraction
        : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A rate threshold is a fraction between 0 and 1, e.g. 0.3.");
}
