using System.Collections.Frozen;

namespace KanoKit.Answers;

/// <summary>
/// One verbal importance scale: its name, its number of points, and the label of each labelled point in each
/// language. Points without a label (the middle of an end-labelled nine-point scale) are written as numbers.
/// </summary>
/// <param name="Name">The name a definition states it by (<c>"importanceScale": "7-point"</c>).</param>
/// <param name="Points">The number of points: the scale runs from 1 to <paramref name="Points"/>.</param>
/// <param name="Source">Where its wording comes from (see docs/lexicon.md).</param>
/// <param name="Labels">Each label and the point it stands for.</param>
internal sealed record ImportanceScale(string Name, int Points, string Source, (string Label, int Value)[] Labels);

/// <summary>
/// The verbal importance scales read without a definition (docs/lexicon.md, "Importance scales"). The same label
/// means different numbers on different scales ("Very important" is 3 on the four-point scale, 4 on the five-point
/// ones, 6 on the seven-point one), so a label alone has no value: each column's scale is decided from the set of
/// labels it uses (<see cref="ImportanceScaleChoice"/>), never from one cell.
/// </summary>
internal static class ImportanceScales
{
    /// <summary>The scales, smallest first.</summary>
    public static readonly ImportanceScale[] All =
    [
        // Gallup and Kaiser Family Foundation polls (2012), as quoted by Roller, Research Design Review, 27 Apr 2012.
        new("4-point", 4, "G12",
        [
            ("Not important", 1), ("Not too important", 1), ("Somewhat important", 2), ("Very important", 3), ("Extremely important", 4),
            ("Nicht wichtig", 1), ("Etwas wichtig", 2), ("Sehr wichtig", 3), ("Äußerst wichtig", 4),
            ("No importante", 1), ("No es importante", 1), ("Algo importante", 2), ("Muy importante", 3), ("Extremadamente importante", 4),
        ]),

        // Qualtrics' importance scale (five points).
        new("5-point", 5, "Q",
        [
            ("Not at all important", 1), ("Slightly important", 2), ("Moderately important", 3), ("Very important", 4), ("Extremely important", 5),
            ("Überhaupt nicht wichtig", 1), ("Wenig wichtig", 2), ("Mittelmäßig wichtig", 3), ("Sehr wichtig", 4), ("Äußerst wichtig", 5),
            ("Nada importante", 1), ("Poco importante", 2), ("Moderadamente importante", 3), ("Muy importante", 4), ("Extremadamente importante", 5),
            ("完全不重要", 1), ("不太重要", 2), ("一般重要", 3), ("很重要", 4), ("非常重要", 5),
            ("全く重要でない", 1), ("あまり重要でない", 2), ("やや重要", 3), ("重要", 4), ("非常に重要", 5),
        ]),

        // SurveyMonkey's importance answer choices (five points).
        new("5-point-somewhat", 5, "SM",
        [
            ("Not at all important", 1), ("Not so important", 2), ("Somewhat important", 3), ("Very important", 4), ("Extremely important", 5),
            ("Überhaupt nicht wichtig", 1), ("Nicht so wichtig", 2), ("Einigermaßen wichtig", 3), ("Sehr wichtig", 4), ("Äußerst wichtig", 5),
            ("Nada importante", 1), ("No tan importante", 2), ("Algo importante", 3), ("Muy importante", 4), ("Extremadamente importante", 5),
        ]),

        // Vagias (2006), "Level of Importance".
        new("7-point", 7, "V06",
        [
            ("Not at all important", 1), ("Low importance", 2), ("Slightly important", 3), ("Neutral", 4), ("Moderately important", 5), ("Very important", 6), ("Extremely important", 7),
            ("Überhaupt nicht wichtig", 1), ("Geringe Wichtigkeit", 2), ("Wenig wichtig", 3), ("Neutral", 4), ("Mittelmäßig wichtig", 5), ("Sehr wichtig", 6), ("Äußerst wichtig", 7),
            ("Nada importante", 1), ("De poca importancia", 2), ("Poco importante", 3), ("Neutral", 4), ("Moderadamente importante", 5), ("Muy importante", 6), ("Extremadamente importante", 7),
        ]),

        // End-labelled nine-point rating (Kano questionnaires' self-stated importance, 1–9): the points between are numbers.
        new("9-point", 9, "T",
        [
            ("Not at all important", 1), ("Extremely important", 9),
            ("Überhaupt nicht wichtig", 1), ("Äußerst wichtig", 9),
            ("Nada importante", 1), ("Extremadamente importante", 9),
        ]),
    ];

    /// <summary>Every distinct label (normalised as answers are), numbered.</summary>
    private static readonly FrozenDictionary<string, int> Ids = All
        .SelectMany(s => s.Labels.Select(l => AnswerText.Normalize(l.Label)))
        .Distinct(StringComparer.Ordinal)
        .Select((label, id) => (label, id))
        .ToFrozenDictionary(p => p.label, p => p.id, StringComparer.Ordinal);

    private static readonly NormalizedLabels<int> Lookup = new(Ids);

    /// <summary>The labels by number, as written in the table (the first writing of each).</summary>
    private static readonly string[] Written = [.. Ids.OrderBy(p => p.Value).Select(p => All.SelectMany(s => s.Labels).First(l => AnswerText.Normalize(l.Label) == p.Key).Label)];

    /// <summary>Per scale, the value of each label number (0: not on that scale).</summary>
    private static readonly int[][] Values = [.. All.Select(s =>
    {
        var values = new int[Ids.Count];
        foreach (var (label, value) in s.Labels)
        {
            values[Ids[AnswerText.Normalize(label)]] = value;
        }

        return values;
    })];

    /// <summary>How many distinct labels there are.</summary>
    public static int LabelCount => Ids.Count;

    /// <summary>The number of the label <paramref name="text"/>, or −1 when it is not an importance label.</summary>
    public static int LabelId(ReadOnlySpan<char> text) => Lookup.TryGetValue(text, out int id) ? id : -1;

    /// <summary>The label numbered <paramref name="id"/>, as the table writes it.</summary>
    public static string Label(int id) => Written[id];

    /// <summary>The value of label <paramref name="id"/> on scale <paramref name="scale"/> (an index into <see cref="All"/>), or 0 when the scale lacks it.</summary>
    public static int Value(int scale, int id) => Values[scale][id];

    /// <summary>The index of the scale called <paramref name="name"/> (case-insensitive), or −1.</summary>
    public static int Find(string name) => Array.FindIndex(All, s => s.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The names of the scales, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(s => $"\"{s.Name}\""));
}
