using System.Globalization;

namespace KanoKit.Answers;

/// <summary>
/// Reads an importance rating as survey tools write it: a number ("4", "4.5", and "4,5" where the comma is the
/// decimal separator), a number with its label ("3 - Somewhat important", "7: Very important": the number decides),
/// or a verbal label alone ("Very important", "Sehr wichtig", "Muy importante"), matched as answers are
/// (<see cref="AnswerText"/>) against the labels of <see cref="ImportanceScales"/>. A label alone has no number of its
/// own: it is 3, 4 or 6 depending on the column's scale, which <see cref="ImportanceScaleChoice"/> decides once the
/// column has been read.
/// </summary>
internal static class ImportanceText
{
    /// <summary>The number in <paramref name="text"/>, or <see langword="false"/> for a label alone or anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool decimalComma, out double value)
    {
        bool parsed = TryParse(text, decimalComma, out ImportanceRating rating) && !rating.IsLabel;
        value = parsed ? rating.Value : double.NaN;
        return parsed;
    }

    /// <summary>The rating in <paramref name="text"/>; <paramref name="decimalComma"/> accepts "4,5" as 4.5 (semicolon- or tab-separated files).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, bool decimalComma, out ImportanceRating rating)
    {
        text = text.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            rating = ImportanceRating.Number(value);
            return true;
        }

        if (decimalComma && text.IndexOf(',') is int comma and > 0 && text.LastIndexOf(',') == comma && !text.Contains('.')
            && double.TryParse(text, NumberStyles.Float, CultureInfo.GetCultureInfo("de-DE"), out value) && double.IsFinite(value))
        {
            rating = ImportanceRating.Number(value);
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
            rating = ImportanceRating.Number(value);
            foreach (char c in text[digits..])
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        int label = ImportanceScales.LabelId(text);
        rating = label >= 0 ? ImportanceRating.Verbal(label) : default;
        return label >= 0;
    }
}
