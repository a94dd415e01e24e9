using System.Numerics;
using System.Runtime.CompilerServices;

namespace KanoKit.Reading;

/// <summary>
/// An insertion-ordered set of texts looked up by span: respondent ids, feature names and segment values met while rows
/// stream past. Looking up a text that is already in the set allocates nothing; adding one copies its characters into
/// one shared buffer (no string per entry), so memory grows with the distinct texts, never with rows.
/// </summary>
/// <remarks>
/// Open addressing with linear probing; each bucket holds the text's hash beside its ordinal, so a probe that meets
/// another text is decided without touching the text, and adding a new text costs about one cache miss. About
/// 2 × length + 24 bytes per text.
/// </remarks>
internal sealed class TextSet
{
    private char[] _chars = new char[256];
    private int _charCount;
    private (int Start, int Length)[] _entries = new (int, int)[16];
    private long[] _buckets = new long[32]; // (hash << 32) | (ordinal + 1); 0 = empty
    private string?[]? _strings; // made on first use: most sets are only looked up

    /// <summary>The number of distinct texts.</summary>
    public int Count { get; private set; }

    /// <summary>The text with ordinal <paramref name="index"/> (0-based, in insertion order).</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_entries[index].Start, _entries[index].Length);

    /// <summary>The text with ordinal <paramref name="index"/> as a string (made once, then kept).</summary>
    public string StringAt(int index)
    {
        if (_strings is null || _strings.Length < _entries.Length)
        {
            Array.Resize(ref _strings, _entries.Length);
        }

        return _strings[index] ??= this[index].ToString();
    }

    /// <summary>The ordinal of <paramref name="text"/>, or −1 when the set does not hold it.</summary>
    public int IndexOf(ReadOnlySpan<char> text)
    {
        int hash = Hash(text);
        int slot = Find(text, hash);
        long bucket = _buckets[slot];
        return bucket == 0 ? -1 : (int)(uint)bucket - 1;
    }

    /// <summary>Adds <paramref name="text"/> unless the set holds it; returns its ordinal and whether it was new.</summary>
    /// <exception cref="InvalidOperationException">The set would exceed 2³¹ characters.</exception>
    public int Add(ReadOnlySpan<char> text, out bool added)
    {
        int hash = Hash(text);
        int slot = Find(text, hash);
        long bucket = _buckets[slot];
        if (bucket != 0)
        {
            added = false;
            return (int)(uint)bucket - 1;
        }

        int index = Count;
        Append(text);
        _buckets[slot] = ((long)hash << 32) | (uint)(index + 1);
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        added = true;
        return index;
    }

    /// <summary>
    /// A fast non-cryptographic hash of the characters, four at a time (multiply and rotate, finished by an avalanche).
    /// Not randomised: the set lives for one read of one file, and a hostile file can only slow its own read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text);
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
        foreach (ulong word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ word) * 0xBF58476D1CE4E5B9UL, 31);
        }

        for (int i = words.Length * 4; i < text.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ text[i]) * 0x94D049BB133111EBUL, 27);
        }

        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return (int)hash;
    }

    /// <summary>The bucket holding <paramref name="text"/>, or the empty bucket where it would go.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> text, int hash)
    {
        int mask = _buckets.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            long bucket = _buckets[slot];
            if (bucket == 0 || ((int)(bucket >> 32) == hash && this[(int)(uint)bucket - 1].SequenceEqual(text)))
            {
                return slot;
            }
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, Count * 2);
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
        _entries[Count] = (_charCount, text.Length);
        _charCount += text.Length;
        Count++;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Rehash()
    {
        var old = _buckets;
        _buckets = new long[old.Length * 2];
        int mask = _buckets.Length - 1;
        foreach (long bucket in old)
        {
            if (bucket == 0)
            {
                continue;
            }

            int slot = (int)(bucket >> 32) & mask;
            while (_buckets[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _buckets[slot] = bucket;
        }
    }
}
