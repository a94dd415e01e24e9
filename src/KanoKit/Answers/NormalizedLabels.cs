using System.Collections.Frozen;

namespace KanoKit.Answers;

/// <summary>
/// Looks a label up by its normalised form (<see cref="AnswerText.Normalize"/>) without allocating: the text is
/// normalised into a stack buffer and found by the hash of those characters — so that a file of verbal answers
/// ("I like it", 40 million cells) reads with no allocation per cell.
/// </summary>
/// <typeparam name="T">What a label stands for.</typeparam>
internal sealed class NormalizedLabels<T>
{
    private const int StackLimit = 256;

    private readonly FrozenDictionary<int, (string Key, T Value)[]> _byHash;

    /// <param name="labels">Normalised labels (keys already passed through <see cref="AnswerText.Normalize"/>) and their values.</param>
    public NormalizedLabels(IEnumerable<KeyValuePair<string, T>> labels) =>
        _byHash = labels
            .GroupBy(pair => string.GetHashCode(pair.Key.AsSpan()))
            .ToFrozenDictionary(g => g.Key, g => g.Select(pair => (pair.Key, pair.Value)).ToArray());

    /// <summary>The value of the label <paramref name="text"/>, matched as <see cref="AnswerText.Normalize"/> matches.</summary>
    public bool TryGetValue(ReadOnlySpan<char> text, out T value)
    {
        Span<char> buffer = text.Length <= StackLimit ? stackalloc char[text.Length] : new char[text.Length];
        var key = buffer[..AnswerText.NormalizeInto(text, buffer)];
        if (_byHash.TryGetValue(string.GetHashCode(key), out var candidates))
        {
            foreach (var (candidate, candidateValue) in candidates)
            {
                if (key.SequenceEqual(candidate))
                {
                    value = candidateValue;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
