using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace KanoKit;

/// <summary>
/// An immutable array that compares by content: two arrays are equal when they hold equal elements in the same order.
/// Public records of KanoKit hold their lists as this type, so that the records behave as values.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <c>default(EquatableArray&lt;T&gt;)</c> is the empty array. Building one from an array or a sequence copies it, so the
/// caller's array can change afterwards without changing the value.
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps <paramref name="items"/> (an immutable array needs no copy).</summary>
    public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The elements as an immutable array.</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? [] : _items;

    /// <summary>The number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>Whether the array has no element.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the array.</exception>
    public T this[int index] => Items[index];

    /// <summary>The elements as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => Items.AsSpan();

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies an array.</summary>
    public static implicit operator EquatableArray<T>(T[]? items) => new(items is null ? [] : [.. items]);

    /// <summary>Arrays are equal when their elements are, in order (<see cref="EqualityComparer{T}.Default"/>).</summary>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Equality by content.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Inequality by content.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>An enumerator over the elements.</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>The elements, e.g. "[a, b, c]".</summary>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Creates <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into a new array (also the collection-expression builder).</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Copies a sequence into a new array.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new([.. items]);
    }
}
