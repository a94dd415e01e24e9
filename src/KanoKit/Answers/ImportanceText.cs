using System.Collections.Frozen;
using System.Globalization;

namespace KanoKit.Answers;

/// <summary>
/// Reads an importance rating as survey tools write it: a number ("4", "4.5", and "4,5" where the comma is the
/// decimal separator), a number with its label ("3 - Somewhat important", "7: Very important"), or a label alone
/// on the five-point importance scale of Vagias (2006), <i>Likert-type scale response anchors</i>, Clemson University
/// ("Not at all important" 1, "Slightly important" 2, "Moderately important" 3, "Very important" 4, "Extremely
/// important" 5) and its German and Spanish translations. Labels are matched as answers are (<see cref="AnswerText"/>).
/// </summary>
internal static class ImportanceText
{
    private static readonly FrozenDictionary<string, double> Labels = new (string Label, double Value)[]
    {
        ("Not at all important", 1), ("Slightly important", 2), ("Moderately important", 3), ("Very important", 4), ("Extremely important", 5),
        ("Überhaupt nicht wichtig", 1), ("Wenig wichtig", 2), ("Mittelmäßig wichtig", 3), ("Sehr wichtig", 4), ("Äußerst wichtig", 5),
        ("Nada importante", 1), ("Poco importante", 2), ("Moderadamente importante", 3), ("Muy importante", 4), ("Extremadamente importante", 5),
    }.ToFrozenDictionary(pair => AnswerText.Normalize(pair.Label), pair => pair.Value, StringComparer.Ordinal);

    /// <summary>The rating in <paramref name="text"/>; <paramref name="decimalComma"/> accepts "4,5" as 4.5 (semicolon- or tab-separated files).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool decimalComma, out double value) => TryParse(text, decimalComma, out value, out _);

    /// <summary>
    /// The rating in <paramref name="text"/> and the range of the scale it was given on: a verbal label's scale
    /// (1 to its number of points), or for a number the number itself as both ends.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool decimalComma, out double value, out (double Min, double Max) scale)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            scale = (value, value);
            return true;
        }

        if (decimalComma && text.IndexOf(',') is int comma and > 0 && text.LastIndexOf(',') == comma && !text.Contains('.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.GetCultureInfo("de-DE"), out value) && double.IsFinite(value))
        {
            scale = (value, value);
            return true;
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && !char.IsLetterOrDigit(text[digits]) && text[digits] is not ('.' or ',')
            && double.TryParse(text[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            // "3 - Somewhat important": the number decides; the words after it are the tool's label for it.
            scale = (value, value);
            return AnswerText.Normalize(text[digits..]).Length > 0;
        }

        if (Labels.TryGetValue(AnswerText.Normalize(text), out value))
        {
            scale = (1, 5);
            return true;
        }

        scale = default;
        return false;
    }
}
