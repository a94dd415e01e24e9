namespace KanoKit;

/// <summary>The six Kano categories an answer pair is classified into (Kano et al. 1984).</summary>
/// <remarks>The numeric order A, O, M, I, R, Q is the order counts are stored and written in.</remarks>
public enum KanoCategory : byte
{
    /// <summary>A — attractive: delights when present, not missed when absent.</summary>
    Attractive = 0,

    /// <summary>O — one-dimensional: satisfaction rises with fulfilment.</summary>
    OneDimensional = 1,

    /// <summary>M — must-be: taken for granted when present, dissatisfies when absent.</summary>
    MustBe = 2,

    /// <summary>I — indifferent: neither present nor absent matters.</summary>
    Indifferent = 3,

    /// <summary>R — reverse: the respondent prefers the feature absent.</summary>
    Reverse = 4,

    /// <summary>Q — questionable: the answer pair contradicts itself.</summary>
    Questionable = 5,
}

/// <summary>Letters and names of <see cref="KanoCategory"/> values.</summary>
public static class KanoCategories
{
    /// <summary>The six categories in storage order A, O, M, I, R, Q.</summary>
    public static IReadOnlyList<KanoCategory> All { get; } =
    [
        KanoCategory.Attractive, KanoCategory.OneDimensional, KanoCategory.MustBe,
        KanoCategory.Indifferent, KanoCategory.Reverse, KanoCategory.Questionable,
    ];

    private const string Letters = "AOMIRQ";

    private static readonly string[] DisplayNames = ["Attractive", "One-dimensional", "Must-be", "Indifferent", "Reverse", "Questionable"];

    /// <summary>The number of categories.</summary>
    public const int Count = 6;

    /// <summary>The category's letter: A, O, M, I, R or Q.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static char Letter(this KanoCategory category)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)category, 5, nameof(category));
        return Letters[(int)category];
    }

    /// <summary>The category as people write it: Attractive, One-dimensional, Must-be, Indifferent, Reverse, Questionable.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string DisplayName(this KanoCategory category)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((int)category, 5, nameof(category));
        return DisplayNames[(int)category];
    }

    /// <summary>Reads a category letter (A, O, M, I, R, Q; case-insensitive).</summary>
    /// <returns><see langword="false"/> for any other character.</returns>
    public static bool TryFromLetter(char letter, out KanoCategory category)
    {
        int index = Letters.IndexOf(char.ToUpperInvariant(letter), StringComparison.Ordinal);
        category = (KanoCategory)Math.Max(index, 0);
        return index >= 0;
    }
}
