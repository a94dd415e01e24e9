using System.Globalization;

using KanoKit.Tallies;

namespace KanoKit.Answers;

/// <summary>
/// Decides the importance scale of one column from everything it holds — the set of verbal labels used and the range
/// of the numbers — so that a label is never given a number it does not have on that column's scale:
/// <list type="number">
/// <item>the candidates are the scales (<see cref="ImportanceScales.All"/>, or only the one a definition states) that
/// hold every label used and every number (1 ≤ number ≤ points);</item>
/// <item>one candidate, or several that give every label used the same number on the same range: that scale;</item>
/// <item>else the one candidate whose every point was used as a label (the labels span it: a column using all five
/// labels of the five-point scale is not read on the seven-point scale, two of whose points nobody chose);</item>
/// <item>else, when all the file's importance columns together decide one scale, every column decided on its own is on
/// it, and this column's labels are on it too: that scale (the columns of one survey, typically one matrix question, share
/// their scale; <see cref="TallyBuilder.SettleImportance"/>);</item>
/// <item>else no decision: the column is reported, naming the candidates and the numbers each would give.</item>
/// </list>
/// </summary>
internal static class ImportanceScaleChoice
{
    /// <summary>The decision: a scale (index into <see cref="ImportanceScales.All"/>) or a problem to report.</summary>
    internal readonly record struct Decision(int Scale, string? Problem, string? Value, bool Ambiguous = false)
    {
        public const string Expected = "labels of one importance scale (docs/lexicon.md), numbers with their labels ('4 - Very important'), or \"importanceScale\" in the survey definition";
    }

    /// <param name="counts">How often each label (<see cref="ImportanceScales.LabelId"/>) was given alone.</param>
    /// <param name="numberMin">The smallest number given in the column, if any.</param>
    /// <param name="numberMax">The largest number given in the column, if any.</param>
    /// <param name="stated">The scale a definition states (index), or −1.</param>
    /// <param name="column">The column's name, for the message.</param>
    public static Decision Decide(long[] counts, double? numberMin, double? numberMax, int stated, string column)
    {
        int[] seen = [.. Enumerable.Range(0, counts.Length).Where(id => counts[id] > 0)];
        var all = ImportanceScales.All;
        var candidates = (stated >= 0 ? [stated] : Enumerable.Range(0, all.Length))
            .Where(s => seen.All(id => ImportanceScales.Value(s, id) > 0)
                && (numberMin is not { } min || min >= 1) && (numberMax is not { } max || max <= all[s].Points))
            .ToList();
        if (candidates.Count > 0)
        {
            seen = [.. seen.OrderBy(id => ImportanceScales.Value(candidates[0], id))]; // low to high, as the scale lists them
        }

        string labels = string.Join(", ", seen.Take(6).Select(id => $"'{ImportanceScales.Label(id)}'")) + (seen.Length > 6 ? ", …" : string.Empty);
        string numbers = numberMin is { } lo && numberMax is { } hi ? string.Create(CultureInfo.InvariantCulture, $" and numbers from {lo} to {hi}") : string.Empty;
        if (candidates.Count == 0)
        {
            return new(-1, stated >= 0
                ? $"column '{column}' holds importance labels ({labels}){numbers} that the stated scale \"{all[stated].Name}\" does not hold"
                : $"column '{column}' holds importance labels ({labels}){numbers} that no one importance scale holds", labels);
        }

        string Key(int s) => all[s].Points.ToString(CultureInfo.InvariantCulture) + ":" + string.Join(",", seen.Select(id => ImportanceScales.Value(s, id)));
        if (candidates.Select(Key).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return new(candidates[0], null, null);
        }

        var spanned = candidates.Where(s => Enumerable.Range(1, all[s].Points).All(point => seen.Any(id => ImportanceScales.Value(s, id) == point))).ToList();
        if (spanned.Count == 1)
        {
            return new(spanned[0], null, null);
        }

        string readings = string.Join("; ", candidates.Select(s => $"{all[s].Name} ({string.Join(", ", seen.Take(6).Select(id => ImportanceScales.Value(s, id).ToString(CultureInfo.InvariantCulture)))})"));
        return new(-1, $"column '{column}' holds importance labels ({labels}){numbers} that mean different numbers on different scales: {readings}", labels, Ambiguous: true);
    }
}
