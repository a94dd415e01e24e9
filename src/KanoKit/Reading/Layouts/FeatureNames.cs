using System.Runtime.CompilerServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The feature names of a long or tall file, each held once and looked up from the row's text without allocating. Rows
/// grouped by respondent name the features in the same order for every respondent, so the feature after the previous
/// row's is tried first: in the usual file a row costs one span comparison, not a hash lookup.
/// </summary>
internal sealed class FeatureNames
{
    private readonly TextSet _names = new();
    private int _previous = -1;

    /// <summary>The number of features.</summary>
    public int Count => _names.Count;

    /// <summary>The name of feature <paramref name="feature"/>.</summary>
    public string NameOf(int feature) => _names.StringAt(feature);

    /// <summary>The ordinal of the feature called <paramref name="name"/>, adding it when new (<paramref name="added"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Find(ReadOnlySpan<char> name, out bool added)
    {
        int next = _previous + 1;
        if (next < _names.Count && _names.TextEquals(next, name))
        {
            added = false;
            return _previous = next;
        }

        if (_names.Count > 0 && _names.TextEquals(0, name))
        {
            added = false;
            return _previous = 0;
        }

        return _previous = _names.Add(name, out added);
    }
}
