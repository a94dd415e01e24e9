using System.Runtime.CompilerServices;

namespace KanoKit;

/// <summary>
/// One value per Kano category (A, O, M, I, R, Q), indexed by <see cref="KanoCategory"/>: category shares, their
/// intervals, anything reported per category. Compares by content.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public readonly struct CategoryValues<T> : IEquatable<CategoryValues<T>>
{
    private readonly PerCategory<T> _values;

    /// <summary>Creates the values in the storage order A, O, M, I, R, Q.</summary>
    public CategoryValues(T a, T o, T m, T i, T r, T q)
    {
        _values[0] = a;
        _values[1] = o;
        _values[2] = m;
        _values[3] = i;
        _values[4] = r;
        _values[5] = q;
    }

    /// <summary>Attractive.</summary>
    public T A => _values[0];

    /// <summary>One-dimensional.</summary>
    public T O => _values[1];

    /// <summary>Must-be.</summary>
    public T M => _values[2];

    /// <summary>Indifferent.</summary>
    public T I => _values[3];

    /// <summary>Reverse.</summary>
    public T R => _values[4];

    /// <summary>Questionable.</summary>
    public T Q => _values[5];

    /// <summary>The value of one category.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public T this[KanoCategory category]
    {
        get
        {
            if ((uint)category >= KanoCategories.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(category), category, "Not a Kano category.");
            }

            return _values[(int)category];
        }
    }

    /// <summary>The values applied to <paramref name="map"/>, category by category.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public CategoryValues<TResult> Select<TResult>(Func<T, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var self = this;
        return CategoryValues.From(category => map(self[category]));
    }

    /// <summary>Equal when every category's value is (<see cref="EqualityComparer{T}.Default"/>).</summary>
    public bool Equals(CategoryValues<T> other) =>
        ((ReadOnlySpan<T>)_values).SequenceEqual(other._values, EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategoryValues<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(A, O, M, I, R, Q);

    /// <summary>Equality by content.</summary>
    public static bool operator ==(CategoryValues<T> left, CategoryValues<T> right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    public static bool operator !=(CategoryValues<T> left, CategoryValues<T> right) => !left.Equals(right);

    /// <summary>"A=… O=… M=… I=… R=… Q=…".</summary>
    public override string ToString() => $"A={A} O={O} M={M} I={I} R={R} Q={Q}";
}

/// <summary>Creates <see cref="CategoryValues{T}"/>.</summary>
internal static class CategoryValues
{
    /// <summary>The value of each category, computed by <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static CategoryValues<T> From<T>(Func<KanoCategory, T> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(
            value(KanoCategory.Attractive), value(KanoCategory.OneDimensional), value(KanoCategory.MustBe),
            value(KanoCategory.Indifferent), value(KanoCategory.Reverse), value(KanoCategory.Questionable));
    }
}

/// <summary>Inline storage for six values, one per category.</summary>
[InlineArray(KanoCategories.Count)]
internal struct PerCategory<T>
{
    private T _first;
}
