namespace KanoKit.Reading.Detection;

/// <summary>
/// How a functional (feature present) and a dysfunctional (feature absent) question or column differ, in English,
/// German, Chinese, Japanese and Spanish, and in the suffixes and prefixes survey tools give paired columns. Each pair
/// is stored as the words that differ once the common words are set aside ("had" / "did not have"; "" / "nicht"
/// for "vorhanden" / "nicht vorhanden").
/// </summary>
internal static class PolarityMarkers
{
    /// <summary>Markers that only pair columns whose first data cells both read as answers (one-letter and ordinal suffixes).</summary>
    private static readonly (string Functional, string Dysfunctional)[] Weak =
    [
        ("f", "d"), ("a", "b"), ("f", "dys"), ("pos", "neg"), ("p", "n"),
    ];

    private static readonly (string Functional, string Dysfunctional)[] Strong =
    [
        ("functional", "dysfunctional"), ("func", "dysf"), ("func", "dysfunc"), ("fun", "dys"), ("funct", "dysfunct"),
        ("positive", "negative"), ("present", "absent"), ("is present", "is absent"), ("with", "without"),
        ("had", "did not have"), ("had", "didn't have"), ("had", "had no"), ("have", "do not have"), ("have", "don't have"),
        ("has", "does not have"), ("has", "doesn't have"), ("is", "is not"), ("was", "was not"), ("were", "were not"),
        ("included", "not included"), ("available", "not available"), ("offered", "not offered"), ("could", "could not"),
        ("funktional", "dysfunktional"), ("vorhanden", "nicht vorhanden"), ("hätte", "nicht hätte"), ("hätte", "hätte nicht"),
        ("mit", "ohne"), ("wäre", "nicht wäre"), ("gibt", "gibt nicht"), ("gäbe", "nicht gäbe"),
        ("有", "没有"), ("有", "沒有"), ("具备", "不具备"), ("具備", "不具備"),
        ("ある", "ない"), ("あったら", "なかったら"), ("あれば", "なければ"), ("ある場合", "ない場合"),
        ("がある", "がない"), ("があったら", "がなかったら"), ("があれば", "がなければ"), ("がある場合", "がない場合"),
        ("tuviera", "no tuviera"), ("tiene", "no tiene"), ("con", "sin"), ("tuviese", "no tuviese"), ("hubiera", "no hubiera"),
        ("funcional", "disfuncional"),
    ];

    private static readonly Dictionary<(string, string), (bool Weak, List<string[]> Phrases)> Table = Build();

    /// <summary>
    /// Whether two differing word runs are a functional/dysfunctional marker, whether it needs the answers to confirm
    /// it, and the functional phrases it comes from ("tuviera" for the difference "" / "no"), longest first, so that
    /// the whole phrase is kept out of the feature's name.
    /// </summary>
    public static bool TryMatch(string functional, string dysfunctional, out bool weak, out IReadOnlyList<string[]> phrases)
    {
        bool found = Table.TryGetValue((functional, dysfunctional), out var entry);
        weak = entry.Weak;
        phrases = entry.Phrases ?? [];
        return found;
    }

    private static Dictionary<(string, string), (bool Weak, List<string[]> Phrases)> Build()
    {
        var table = new Dictionary<(string, string), (bool Weak, List<string[]> Phrases)>();
        void Add(string f, string d, bool weak)
        {
            var a = QuestionText.Of(f);
            var b = QuestionText.Of(d);
            var (prefix, suffix) = QuestionText.Shared(a, b);
            var key = (a.Join(prefix, a.Count - suffix), b.Join(prefix, b.Count - suffix));
            if (!table.TryGetValue(key, out var entry))
            {
                table[key] = entry = (weak, []);
            }

            entry.Phrases.Add(a.Words);
            entry.Phrases.Sort((x, y) => y.Length.CompareTo(x.Length));
        }

        foreach (var (f, d) in Strong)
        {
            Add(f, d, false);
        }

        foreach (var (f, d) in Weak)
        {
            Add(f, d, true);
        }

        return table;
    }
}
