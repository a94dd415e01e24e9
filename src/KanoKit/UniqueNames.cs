namespace KanoKit;

/// <summary>The one check that names which must identify something (features, columns, attributes) are unique.</summary>
internal static class UniqueNames
{
    /// <summary>The first name that repeats an earlier one, with both positions (0-based); <see langword="null"/> when all differ.</summary>
    public static (string Name, int First, int Second)? FirstDuplicate(IEnumerable<string> names, StringComparer comparer)
    {
        var seen = new Dictionary<string, int>(comparer);
        int index = 0;
        foreach (string name in names)
        {
            if (!seen.TryAdd(name, index))
            {
                return (name, seen[name], index);
            }

            index++;
        }

        return null;
    }

    /// <summary>Throws when two names are equal (ordinal).</summary>
    /// <exception cref="ArgumentException">Two names are equal; the message says which and what they name.</exception>
    public static void Require(IEnumerable<string> names, string what, string parameter)
    {
        if (FirstDuplicate(names, StringComparer.Ordinal) is { } duplicate)
        {
            throw new ArgumentException($"Two {what} are named '{duplicate.Name}' (positions {duplicate.First + 1} and {duplicate.Second + 1}); names must be unique.", parameter);
        }
    }
}
