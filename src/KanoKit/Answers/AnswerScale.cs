using System.Collections.Frozen;
using System.Globalization;

namespace KanoKit.Answers;

/// <summary>
/// Maps what a survey file holds — numeric codes and answer labels — to <see cref="Answer"/> values.
/// A scale is data: the standard coding (1 Like … 5 Dislike), the reversed coding, the 0-based coding and
/// any custom coding are instances of this one immutable type.
/// </summary>
/// <remarks>
/// Labels are matched ignoring case, surrounding white space and punctuation differences
/// ("I don't care", "i dont care." and "I DON'T CARE" are the same label). An unknown label or code is an
/// error, never a guess. Empty text is a <see cref="Answer.Missing"/> answer.
/// </remarks>
public sealed class AnswerScale
{
    private readonly FrozenDictionary<int, Answer> _codes;
    private readonly FrozenDictionary<string, Answer> _labels;
    private readonly NormalizedLabels<Answer> _labelLookup;
    private readonly Answer[] _digits = new Answer[10];
    private readonly bool[] _isDigitCode = new bool[10];

    private AnswerScale(string name, FrozenDictionary<int, Answer> codes, FrozenDictionary<string, Answer> labels)
    {
        Name = name;
        _codes = codes;
        _labels = labels;
        _labelLookup = new NormalizedLabels<Answer>(labels);
        for (int digit = 0; digit < 10; digit++)
        {
            _isDigitCode[digit] = codes.TryGetValue(digit, out _digits[digit]);
        }

        Expected = DescribeExpected(codes);
    }

    /// <summary>
    /// Every label the built-in scales recognise: common English wordings and the German, Chinese (simplified
    /// and traditional), Japanese and Spanish wordings of KANO-METHODS §1.
    /// </summary>
    public static EquatableArray<KeyValuePair<string, Answer>> BuiltInLabels { get; } =
        Answers.BuiltInLabels.All().Select(pair => KeyValuePair.Create(pair.Label, pair.Answer)).ToEquatableArray();

    /// <summary>The standard coding: 1 Like, 2 Must-be, 3 Neutral, 4 Live-with, 5 Dislike, plus every built-in label.</summary>
    public static AnswerScale Standard { get; } = Create(
        "standard",
        Codes(1, Answer.Like, Answer.MustBe, Answer.Neutral, Answer.LiveWith, Answer.Dislike),
        BuiltInLabels);

    /// <summary>The reversed coding some tools export: 1 Dislike, 2 Live-with, 3 Neutral, 4 Must-be, 5 Like, plus every built-in label.</summary>
    public static AnswerScale Reversed { get; } = Create(
        "reversed",
        Codes(1, Answer.Dislike, Answer.LiveWith, Answer.Neutral, Answer.MustBe, Answer.Like),
        BuiltInLabels);

    /// <summary>The 0-based coding: 0 Like, 1 Must-be, 2 Neutral, 3 Live-with, 4 Dislike, plus every built-in label.</summary>
    public static AnswerScale ZeroBased { get; } = Create(
        "zero-based",
        Codes(0, Answer.Like, Answer.MustBe, Answer.Neutral, Answer.LiveWith, Answer.Dislike),
        BuiltInLabels);

    /// <summary>The scale's name, used in messages ("standard", "reversed", or the caller's).</summary>
    public string Name { get; }

    /// <summary>What this scale accepts, in words, for error messages: for example "a code 1–5 or an answer label".</summary>
    public string Expected { get; }

    /// <summary>
    /// Creates a custom scale.
    /// </summary>
    /// <param name="name">A name for messages.</param>
    /// <param name="codes">Numeric codes and their answers; may be empty for a labels-only scale.</param>
    /// <param name="labels">Labels and their answers; matched after normalising case, white space and punctuation.</param>
    /// <exception cref="ArgumentException">
    /// A code or label maps to <see cref="Answer.Missing"/> or to an undefined answer, a label is empty after
    /// normalisation, or two entries that normalise alike map to different answers.
    /// </exception>
    public static AnswerScale Create(
        string name,
        IEnumerable<KeyValuePair<int, Answer>> codes,
        IEnumerable<KeyValuePair<string, Answer>> labels)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(labels);

        var codeMap = new Dictionary<int, Answer>();
        foreach (var (code, answer) in codes)
        {
            RequireAnswer(answer, $"code {code}");
            if (codeMap.TryGetValue(code, out var existing) && existing != answer)
            {
                throw new ArgumentException($"Code {code} is mapped to both {existing} and {answer}.", nameof(codes));
            }

            codeMap[code] = answer;
        }

        var labelMap = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (label, answer) in labels)
        {
            RequireAnswer(answer, $"label '{label}'");
            string key = AnswerText.Normalize(label);
            if (key.Length == 0)
            {
                throw new ArgumentException($"Label '{label}' has no letters or digits.", nameof(labels));
            }

            if (labelMap.TryGetValue(key, out var existing) && existing != answer)
            {
                throw new ArgumentException($"Label '{label}' is mapped to both {existing} and {answer}.", nameof(labels));
            }

            labelMap[key] = answer;
        }

        return new AnswerScale(name, codeMap.ToFrozenDictionary(), labelMap.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Returns a scale with this scale's codes and labels plus <paramref name="labels"/>.</summary>
    /// <exception cref="ArgumentException">A new label conflicts with an existing one.</exception>
    public AnswerScale WithLabels(IEnumerable<KeyValuePair<string, Answer>> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Create(Name, _codes, _labels.Concat(labels));
    }

    /// <summary>
    /// Reads one answer: empty or white-space text is <see cref="Answer.Missing"/>; an integer is looked up as a
    /// code; anything else as a label.
    /// </summary>
    /// <returns><see langword="false"/> when the text is neither a known code nor a known label.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryParse(ReadOnlySpan<char> text, out Answer answer)
    {
        // Fast path for what large exports hold: one digit.
        if (text.Length == 1 && (uint)(text[0] - '0') <= 9)
        {
            int digit = text[0] - '0';
            answer = _digits[digit];
            return _isDigitCode[digit];
        }

        return TryParseText(text, out answer);
    }

    /// <summary>Whether digit <paramref name="digit"/> (0–9) is a code of this scale, and its answer: for readers' fast paths.</summary>
    internal bool TryDigit(int digit, out Answer answer)
    {
        answer = _digits[digit];
        return _isDigitCode[digit];
    }

    private bool TryParseText(ReadOnlySpan<char> text, out Answer answer)
    {
        if (text.IsEmpty)
        {
            answer = Answer.Missing;
            return true;
        }

        text = text.Trim();
        if (text.IsEmpty)
        {
            answer = Answer.Missing;
            return true;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int code))
        {
            return _codes.TryGetValue(code, out answer);
        }

        return _labelLookup.TryGetValue(text, out answer);
    }

    /// <summary>Reads one answer as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException">The text is neither a known code nor a known label; the message says what the scale expects.</exception>
    public Answer Parse(ReadOnlySpan<char> text)
    {
        if (TryParse(text, out var answer))
        {
            return answer;
        }

        throw new FormatException($"'{text.ToString()}' is not an answer on the {Name} scale (expected {Expected}).");
    }

    /// <summary>Looks up a numeric code (for sources that hold codes as numbers, such as database columns).</summary>
    internal bool TryFromCode(int code, out Answer answer) => _codes.TryGetValue(code, out answer);

    /// <summary>The numeric codes this scale accepts and the answer each stands for (for SQL that maps them).</summary>
    internal IReadOnlyDictionary<int, Answer> Codes() => _codes;

    /// <inheritdoc />
    public override string ToString() => $"AnswerScale({Name})";

    private static IEnumerable<KeyValuePair<int, Answer>> Codes(int first, params Answer[] answers) =>
        answers.Select((answer, i) => KeyValuePair.Create(first + i, answer));

    private static void RequireAnswer(Answer answer, string what)
    {
        if (answer is < Answer.Like or > Answer.Dislike)
        {
            throw new ArgumentException($"The {what} must map to Like, MustBe, Neutral, LiveWith or Dislike, not {answer}.");
        }
    }

    private static string DescribeExpected(FrozenDictionary<int, Answer> codes)
    {
        if (codes.Count == 0)
        {
            return "an answer label such as 'I like it' or 'I dislike it'";
        }

        int min = codes.Keys.Min();
        int max = codes.Keys.Max();
        string range = max - min + 1 == codes.Count
            ? string.Create(CultureInfo.InvariantCulture, $"{min}–{max}")
            : string.Join(", ", codes.Keys.Order());
        return $"a code {range} or an answer label such as 'I like it'";
    }
}
