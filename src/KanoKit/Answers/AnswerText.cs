namespace KanoKit.Answers;

/// <summary>Normalises answer labels so that case, surrounding white space, punctuation and a leading article or pronoun do not matter.</summary>
internal static class AnswerText
{
    /// <summary>Leading words dropped when more follows: "I like it" = "like it", "Das setze ich voraus" = "setze ich voraus".</summary>
    private static readonly string[] LeadingWords = ["i ", "im ", "it ", "its ", "the ", "a ", "that ", "this ", "das ", "es ", "ich ", "yo ", "eso "];

    /// <summary>
    /// Lower-cases letters, keeps letters and digits, drops apostrophes (straight, curly, back-tick, modifier), and
    /// folds every run of anything else (white space, hyphens, quotes, full stops, full-width punctuation) into one
    /// space; then drops one leading article or pronoun when other words follow.
    /// </summary>
    public static string Normalize(ReadOnlySpan<char> label)
    {
        Span<char> buffer = label.Length <= 256 ? stackalloc char[label.Length] : new char[label.Length];
        return new string(buffer[..NormalizeInto(label, buffer)]);
    }

    /// <summary>
    /// <see cref="Normalize"/> into <paramref name="destination"/> (at least as long as <paramref name="label"/>),
    /// without allocating; returns the normalised length.
    /// </summary>
    public static int NormalizeInto(ReadOnlySpan<char> label, Span<char> destination)
    {
        int length = 0;
        bool pendingSpace = false;
        foreach (char c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                destination[length++] = char.ToLowerInvariant(c);
            }
            else if (c is not ('\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4'))
            {
                // Apostrophes vanish ("don't" = "dont"); any other non-letter separates words.
                pendingSpace = true;
            }
        }

        foreach (string word in LeadingWords)
        {
            if (length > word.Length && destination[..length].StartsWith(word, StringComparison.Ordinal))
            {
                destination[word.Length..length].CopyTo(destination);
                length -= word.Length;
                break;
            }
        }

        return length;
    }
}
