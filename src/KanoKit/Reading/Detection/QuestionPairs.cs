namespace KanoKit.Reading.Detection;

/// <summary>A functional and a dysfunctional column found to belong together, and the feature they ask about.</summary>
internal readonly record struct QuestionPair(int Functional, int Dysfunctional, string Name);

/// <summary>
/// Pairs columns by their texts: two columns are a functional/dysfunctional pair when their texts are the same but
/// for a <see cref="PolarityMarkers">presence/absence marker</see> ("had" / "did not have", "_fun" / "_dys",
/// "(funktional)" / "(dysfunktional)", "有" / "没有", …). The feature's name is what the functional texts of different
/// features do not share — the common question stem is set aside up to a separator (<c> - </c>, <c>:</c>,
/// brackets, a question mark) or the marker — trimmed of separators and written as the file writes it.
/// </summary>
internal static class QuestionPairs
{
    /// <summary>
    /// The pairs among <paramref name="texts"/> (null for columns that cannot take part). Weak markers (one-letter
    /// suffixes) only pair when <paramref name="confirmed"/> says the two columns hold answers.
    /// </summary>
    public static List<QuestionPair> Find(QuestionText?[] texts, Func<int, int, bool> confirmed)
    {
        var found = new List<(int F, int D, int MarkerStart, int MarkerEnd)>();
        var used = new HashSet<int>();
        for (int f = 0; f < texts.Length; f++)
        {
            if (texts[f] is not { Count: > 0 } a || used.Contains(f))
            {
                continue;
            }

            for (int d = 0; d < texts.Length; d++)
            {
                if (d == f || used.Contains(d) || texts[d] is not { Count: > 0 } b)
                {
                    continue;
                }

                var (prefix, suffix) = QuestionText.Shared(a, b);
                if (prefix + suffix == 0
                    || !PolarityMarkers.TryMatch(a.Join(prefix, a.Count - suffix), b.Join(prefix, b.Count - suffix), out bool weak, out var phrases)
                    || (weak && !confirmed(f, d)))
                {
                    continue;
                }

                used.Add(f);
                used.Add(d);
                var (start, end) = Phrase(a, prefix, a.Count - suffix, phrases);
                found.Add((f, d, start, end));
                break;
            }
        }

        found.Sort((x, y) => x.F.CompareTo(y.F));
        return Name(texts, found);
    }

    /// <summary>The words of the functional text the marker phrase covers: the longest phrase that spans the difference.</summary>
    private static (int Start, int End) Phrase(QuestionText text, int start, int end, IReadOnlyList<string[]> phrases)
    {
        foreach (string[] phrase in phrases)
        {
            for (int s = Math.Max(0, end - phrase.Length); s <= start && s + phrase.Length <= text.Count; s++)
            {
                if (s + phrase.Length >= end && text.Words.AsSpan(s, phrase.Length).SequenceEqual(phrase))
                {
                    return (s, s + phrase.Length);
                }
            }
        }

        return (start, end);
    }

    private static List<QuestionPair> Name(QuestionText?[] texts, List<(int F, int D, int MarkerStart, int MarkerEnd)> found)
    {
        int stem = 0, tail = 0;
        if (found.Count >= 2)
        {
            var first = texts[found[0].F]!;
            stem = first.Count;
            tail = first.Count;
            foreach (var pair in found.Skip(1))
            {
                var (prefix, suffix) = QuestionText.Shared(first, texts[pair.F]!);
                stem = Math.Min(stem, prefix);
                tail = Math.Min(tail, suffix);
            }
        }

        if (found.Count == 1)
        {
            var (f, d, markerStart, markerEnd) = found[0];
            return [new QuestionPair(f, d, SingleName(texts[f]!, markerStart, markerEnd))];
        }

        var names = new List<string>();
        foreach (var (f, _, markerStart, markerEnd) in found)
        {
            var text = texts[f]!;
            int from = StemEnd(text, stem, markerStart, markerEnd);
            int to = TailStart(text, tail, markerStart, markerEnd);
            names.Add(NameOf(text, from, to, markerStart, markerEnd));
        }

        if (names.Any(n => n.Length == 0))
        {
            // The stem could not be set aside cleanly: each pair is named by its own text without the marker.
            names = [.. found.Select(p => NameOf(texts[p.F]!, 0, texts[p.F]!.Count, p.MarkerStart, p.MarkerEnd))];
        }

        return [.. found.Select((p, i) => new QuestionPair(p.F, p.D, names[i]))];
    }

    /// <summary>The longest common stem no longer than <paramref name="shared"/> words that ends right after the marker or at a separator.</summary>
    private static int StemEnd(QuestionText text, int shared, int markerStart, int markerEnd)
    {
        for (int n = shared; n > 0; n--)
        {
            // The stem ends at a separator or right after the marker; or, when the marker follows the name (German
            // "… die App Dunkelmodus hätte"), wherever the texts of different features part.
            bool insideMarker = n > markerStart && n < markerEnd;
            if (!insideMarker && (n == markerEnd || text.SeparatedBefore(n) || (n == shared && shared < markerStart && text.Starts[n] > text.Ends[n - 1])))
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>Where the longest common tail no longer than <paramref name="shared"/> words starts, at the marker or after a separator.</summary>
    private static int TailStart(QuestionText text, int shared, int markerStart, int markerEnd)
    {
        for (int s = text.Count - shared; s < text.Count; s++)
        {
            bool insideMarker = s > markerStart && s < markerEnd;
            if (!insideMarker && (s == markerStart || text.SeparatedBefore(s) || (s == text.Count - shared && s > markerEnd && markerEnd > markerStart && text.Starts[s] > text.Ends[s - 1])))
            {
                return s;
            }
        }

        return text.Count;
    }

    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "how", "what", "feel", "would", "wie", "was", "fühlen", "finden", "cómo", "como", "siente", "sentiría", "如", "何", "感", "觉", "覺", "ど", "う",
    };

    /// <summary>
    /// The name of a lone pair: a suffix or prefix form loses its marker; a question split by separators is named by the
    /// part that is not the question ("… this amenity? - Childcare", "Dark mode: How would you …"); else by the words
    /// after the marker up to the next separator ("If the app had Dark mode, how …").
    /// </summary>
    private static string SingleName(QuestionText text, int markerStart, int markerEnd)
    {
        if (markerStart == 0 || markerEnd == text.Count)
        {
            return NameOf(text, 0, text.Count, markerStart, markerEnd);
        }

        var starts = new List<int> { 0 };
        for (int i = 1; i < text.Count; i++)
        {
            if (text.SeparatedBefore(i))
            {
                starts.Add(i);
            }
        }

        starts.Add(text.Count);
        int marker = starts.FindLastIndex(s => s <= markerStart);
        var items = Enumerable.Range(0, starts.Count - 1)
            .Where(s => s != marker && !Enumerable.Range(starts[s], starts[s + 1] - starts[s]).Any(w => QuestionWords.Contains(text.Words[w])))
            .ToList();
        if (items.Count == 1)
        {
            return text.Original(starts[items[0]], starts[items[0] + 1]);
        }

        string after = text.Original(markerEnd, starts[marker + 1]);
        return after.Length > 0 ? after : NameOf(text, 0, text.Count, markerStart, markerEnd);
    }

    private static string NameOf(QuestionText text, int from, int to, int markerStart, int markerEnd)
    {
        if (markerEnd <= from || markerStart >= to || markerStart == markerEnd)
        {
            return text.Original(from, to);
        }

        if (markerStart <= from)
        {
            return text.Original(markerEnd, to);
        }

        if (markerEnd >= to)
        {
            return text.Original(from, markerStart);
        }

        string after = text.Original(markerEnd, to);
        return after.Length > 0 ? after : text.Original(from, markerStart);
    }
}
