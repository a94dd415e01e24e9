namespace KanoKit.Reading.Layouts;

/// <summary>
/// The order respondent ids come in when a file's rows are sorted by respondent, as exports and databases sort them:
/// runs of digits compared by their value (<c>9</c> before <c>10</c>, <c>R2</c> before <c>R10</c>, <c>r007</c> with
/// <c>r7</c>), every other character ordinally; texts still tied (they differ only in leading zeros) compared ordinally.
/// </summary>
/// <remarks>
/// A strict total order on distinct texts: read each text as a sequence of tokens — a run of digits (its value) or one
/// other character (its code) — compared lexicographically, a shorter sequence first when it is a prefix; a run of digits
/// against another character compares as its first digit does (all digits lie on one side of any other character).
/// That is a total preorder on texts, made strict by the final ordinal comparison. So ids met in strictly increasing
/// order are all distinct: each new one is provably new, and no earlier one needs to be held.
/// </remarks>
internal static class RespondentOrder
{
    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>, zero when they are the same text, positive after.</summary>
    public static int Compare(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                int endA = DigitsEnd(a, i), endB = DigitsEnd(b, j);
                var valueA = a[i..endA].TrimStart('0');
                var valueB = b[j..endB].TrimStart('0');
                if (valueA.Length != valueB.Length)
                {
                    return valueA.Length < valueB.Length ? -1 : 1;
                }

                int digits = valueA.SequenceCompareTo(valueB);
                if (digits != 0)
                {
                    return Math.Sign(digits);
                }

                i = endA;
                j = endB;
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] < b[j] ? -1 : 1;
                }

                i++;
                j++;
            }
        }

        if (i < a.Length || j < b.Length)
        {
            return i < a.Length ? 1 : -1;
        }

        return Math.Sign(a.SequenceCompareTo(b));
    }

    private static int DigitsEnd(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end;
    }
}
