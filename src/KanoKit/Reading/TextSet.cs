using System.Runtime.CompilerServices;

namespace KanoKit.Reading;

/// <summary>
/// An insertion-ordered set of texts looked up by span: respondent ids, feature names and segment values met while rows
/// stream past. Looking up a text that is already in the set allocates nothing; adding one copies its characters into
/// one shared buffer (no string per entry), so memory grows with the distinct texts, never with rows.
/// </summary>
internal sealed class TextSet
{
    private char[] _chars = new char[256];
    private int _charCount;
    private int[] _starts = new int[16];
    private int[] _lengths = new int[16];
    private int[] _hashes = new int[16];
    private int[] _buckets = new int[32]; // entry index + 1; 0 = empty
    private string?[]? _strings; // made on first use: most sets are only looked up

    /// <summary>The number of distinct texts.</summary>
    public int Count { get; private set; }

    /// <summary>The text with ordinal <paramref name="index"/> (0-based, in insertion order).</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The text with ordinal <paramref name="index"/> as a string (made once, then kept).</summary>
    public string StringAt(int index)
    {
        if (_strings is null || _strings.Length < _starts.Length)
        {
            Array.Resize(ref _strings, _starts.Length);
        }

        return _strings[index] ??= this[index].ToString();
    }

    /// <summary>The ordinal of <paramref name="text"/>, or −1 when the set does not hold it.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        int hash = string.GetHashCode(text);
        int mask = _buckets.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            int entry = _buckets[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hashes[entry] == hash && this[entry].SequenceEqual(text))
            {
                return entry;
            }
        }
    }

    /// <summary>Adds <paramref name="text"/> unless the set holds it; returns its ordinal and whether it was new.</summary>
    /// <exception cref="InvalidOperationException">The set would exceed 2³¹ characters.</exception>
    public int Add(ReadOnlySpan<char> text, out bool added)
    {
        int hash = string.GetHashCode(text);
        int mask = _buckets.Length - 1;
        int slot = hash & mask;
        for (; ; slot = (slot + 1) & mask)
        {
            int entry = _buckets[slot] - 1;
            if (entry < 0)
            {
                break;
            }

            if (_hashes[entry] == hash && this[entry].SequenceEqual(text))
            {
                added = false;
                return entry;
            }
        }

        int index = Count;
        Append(text, hash);
        _buckets[slot] = index + 1;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        added = true;
        return index;
    }

    private void Append(ReadOnlySpan<char> text, int hash)
    {
        if (Count == _starts.Length)
        {
            int size = Count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _hashes, size);
        }

        if (_charCount + text.Length > _chars.Length)
        {
            long size = Math.Max((long)_chars.Length * 2, (long)_charCount + text.Length);
            if (size > Array.MaxLength)
            {
                throw new InvalidOperationException("More than 2^31 characters of distinct ids or names; this is beyond what one read can hold.");
            }

            Array.Resize(ref _chars, (int)size);
        }

        text.CopyTo(_chars.AsSpan(_charCount));
        _starts[Count] = _charCount;
        _lengths[Count] = text.Length;
        _hashes[Count] = hash;
        _charCount += text.Length;
        Count++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        int mask = _buckets.Length - 1;
        for (int entry = 0; entry < Count; entry++)
        {
            int slot = _hashes[entry] & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = entry + 1;
        }
    }
}
