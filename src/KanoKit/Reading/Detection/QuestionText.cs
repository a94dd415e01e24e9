using System.Globalization;
using KanoKit.Answers;

namespace KanoKit.Reading.Detection;

/// <summary>
/// A column header or question text split into comparable words: runs of letters, runs of digits, and single
/// Chinese or Japanese characters (which are written without spaces), each lower-cased with apostrophes dropped
/// ("didn't" = "didnt"), each remembering where it stands in the original text so that names keep their writing.
/// </summary>
internal sealed class QuestionText
{
    private QuestionText(string text, string[] words, int[] starts, int[] ends)
    {
        Text = text;
        Words = words;
        Starts = starts;
        Ends = ends;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("?:[]()|,;!.\u3001\u3002\uFF1F\uFF1A\uFF08\uFF09\uFF0C\u3010\u3011");

    public string Text { get; }

    public string[] Words { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }

    public int Count => Words.Length;

    public static QuestionText Of(string text)
    {
        var words = new List<string>();
        var starts = new List<int>();
        var ends = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (IsIdeograph(c))
            {
                words.Add(c.ToString());
                starts.Add(i);
                ends.Add(++i);
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            bool digits = char.IsDigit(c);
            int start = i;
            var word = new System.Text.StringBuilder();
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d) && !IsIdeograph(d) && char.IsDigit(d) == digits)
                {
                    word.Append(char.ToLowerInvariant(d));
                    i++;
                }
                else if (!digits && d is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && word.Length > 0)
                {
                    i++; // "didn't" is one word, "didnt"
                }
                else
                {
                    break;
                }
            }

            words.Add(word.ToString());
            starts.Add(start);
            ends.Add(i);
        }

        return new QuestionText(text, [.. words], [.. starts], [.. ends]);
    }

    /// <summary>The words that differ between two texts once their longest common leading and trailing words are set aside.</summary>
    public static (int Prefix, int Suffix) Shared(QuestionText a, QuestionText b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a.Words[prefix] == b.Words[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a.Words[a.Count - 1 - suffix] == b.Words[b.Count - 1 - suffix])
        {
            suffix++;
        }

        return (prefix, suffix);
    }

    /// <summary>Words <paramref name="from"/> to <paramref name="to"/> (exclusive) joined by single spaces.</summary>
    public string Join(int from, int to) => string.Join(' ', Words[from..to]);

    /// <summary>The original text from word <paramref name="from"/> to word <paramref name="to"/> (exclusive), trimmed of separators.</summary>
    public string Original(int from, int to) =>
        from >= to ? string.Empty : TrimSeparators(Text[Starts[from]..Ends[to - 1]]);

    /// <summary>Whether the gap before word <paramref name="word"/> (or after the last word) holds a separator such as <c> - </c>, <c>:</c>, <c>?</c>, brackets.</summary>
    public bool SeparatedBefore(int word)
    {
        int from = word == 0 ? 0 : Ends[word - 1];
        int to = word < Count ? Starts[word] : Text.Length;
        var gap = Text.AsSpan(from, to - from);
        return gap.IndexOfAny(Separators) >= 0
            || gap.Contains(" - ", StringComparison.Ordinal) || gap.Contains(" \u2013 ", StringComparison.Ordinal) || gap.Contains(" \u2014 ", StringComparison.Ordinal)
            || gap.Contains('\u2013') || gap.Contains('\u2014');
    }

    /// <summary>Trims white space and separators (<c> - </c>, <c>:</c>, <c>–</c>, brackets, question marks, underscores) from both ends.</summary>
    public static string TrimSeparators(string text) =>
        text.Trim().Trim(" \t-\u2013\u2014:_?!.,;|/()[]{}\"'\u201C\u201D\u2018\u2019\uFF1F\uFF1A\uFF08\uFF09\u3001\u3002\u3010\u3011".ToCharArray()).Trim();

    private static bool IsIdeograph(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>The normalised words of a short phrase, for the marker table.</summary>
    public static string Normalized(string phrase) => string.Join(' ', Of(phrase).Words);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static bool IsAnswer(AnswerScale scale, string text) => !string.IsNullOrWhiteSpace(text) && scale.TryParse(text, out _);
}
