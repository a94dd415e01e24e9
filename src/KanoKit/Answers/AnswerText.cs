using System.Text;

namespace KanoKit.Answers;

/// <summary>Normalises answer labels so that case, surrounding white space and punctuation do not matter.</summary>
internal static class AnswerText
{
    /// <summary>
    /// Lower-cases letters, keeps letters and digits, drops apostrophes, and folds every run of anything else
    /// (white space, hyphens, apostrophes, full stops, full-width punctuation) into one space.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> label)
    {
        var builder = new StringBuilder(label.Length);
        bool pendingSpace = false;
        foreach (char c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('\'' or '\u2019' or '`'))
            {
                // Apostrophes vanish ("don't" = "dont"); any other non-letter separates words.
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
