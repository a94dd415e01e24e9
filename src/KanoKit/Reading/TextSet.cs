using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace KanoKit.Reading;

/// <summary>
/// An insertion-ordered set of texts looked up by span: respondent ids, feature names and segment values met while rows
/// stream past. Looking up a text that is already in the set allocates nothing; adding one copies its characters into
/// one shared buffer (no string per entry), so memory grows with the distinct texts, never with rows.
/// </summary>
/// <remarks>
/// Open addressing with linear probing; each bucket holds the text's hash beside its ordinal, so a probe that meets
/// another text is decided without touching the text, and adding a new text costs about one cache miss. While every
/// text is ASCII (ids and names nearly always are) the buffer holds one byte per character, else two: about
/// length + 12 to 20 bytes per text (a million respondent ids of 7 characters: about 25 MB).
/// </remarks>
internal sealed class TextSet
{
    private byte[] _text = new byte[256]; // one byte per character while _wide is false (all ASCII), else UTF-16
    private bool _wide;
    private int _byteCount;
    private int[] _starts = new int[17]; // _starts[i] = where text i starts, _starts[Count] = _byteCount
    private long[] _buckets = new long[32]; // (hash << 32) | (ordinal + 1); 0 = empty
    private string?[]? _strings; // made on first use: most sets are only looked up

    /// <summary>The number of distinct texts.</summary>
    public int Count { get; private set; }

    /// <summary>Whether the text with ordinal <paramref name="index"/> is <paramref name="text"/> (ordinal comparison).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TextEquals(int index, ReadOnlySpan<char> text)
    {
        var stored = _text.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        return _wide ? MemoryMarshal.Cast<byte, char>(stored).SequenceEqual(text) : stored.Length == text.Length && Ascii.Equals(stored, text);
    }

    /// <summary>The length in characters of the text with ordinal <paramref name="index"/>.</summary>
    public int LengthAt(int index) => (_starts[index + 1] - _starts[index]) >> (_wide ? 1 : 0);

    /// <summary>The text with ordinal <paramref name="index"/> copied into <paramref name="destination"/> (at least <see cref="LengthAt"/> long), without a string.</summary>
    public ReadOnlySpan<char> CopyAt(int index, Span<char> destination)
    {
        var stored = _text.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        if (_wide)
        {
            var chars = MemoryMarshal.Cast<byte, char>(stored);
            chars.CopyTo(destination);
            return destination[..chars.Length];
        }

        Ascii.ToUtf16(stored, destination, out int written);
        return destination[..written];
    }

    /// <summary>The text with ordinal <paramref name="index"/> (through <see cref="StringAt"/>: not for hot paths, which use <see cref="TextEquals"/>).</summary>
    public ReadOnlySpan<char> this[int index] => StringAt(index);

    /// <summary>The text with ordinal <paramref name="index"/> as a string (made once, then kept).</summary>
    public string StringAt(int index)
    {
        if (_strings is null || _strings.Length < _starts.Length)
        {
            Array.Resize(ref _strings, _starts.Length);
        }

        var stored = _text.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);
        return _strings[index] ??= _wide ? new string(MemoryMarshal.Cast<byte, char>(stored)) : Encoding.ASCII.GetString(stored);
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
            if (bucket == 0 || ((int)(bucket >> 32) == hash && TextEquals((int)(uint)bucket - 1, text)))
            {
                return slot;
            }
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (!_wide && !Ascii.IsValid(text))
        {
            Widen();
        }

        if (Count + 1 == _starts.Length)
        {
            Array.Resize(ref _starts, (int)Math.Min(Array.MaxLength, Count + (Count / 2) + 2L));
        }

        int bytes = _wide ? text.Length * 2 : text.Length;
        if ((long)_byteCount + bytes > _text.Length)
        {
            // Grows by half: this buffer is most of a long file's memory, and a smaller step keeps the peak lower.
            long size = Math.Max(_text.Length + ((long)_text.Length / 2), (long)_byteCount + bytes);
            if ((long)_byteCount + bytes > Array.MaxLength)
            {
                throw new InvalidOperationException("More than 2^31 bytes of distinct ids or names; this is beyond what one read can hold.");
            }

            Array.Resize(ref _text, (int)Math.Min(size, Array.MaxLength));
        }

        if (_wide)
        {
            MemoryMarshal.AsBytes(text).CopyTo(_text.AsSpan(_byteCount));
        }
        else
        {
            Ascii.FromUtf16(text, _text.AsSpan(_byteCount), out _);
        }

        _byteCount += bytes;
        Count++;
        _starts[Count] = _byteCount;
    }

    /// <summary>Moves from one byte per character to UTF-16, for the first text that is not ASCII.</summary>
    private void Widen()
    {
        if ((long)_byteCount * 2 > Array.MaxLength)
        {
            throw new InvalidOperationException("More than 2^31 bytes of distinct ids or names; this is beyond what one read can hold.");
        }

        var wide = new byte[Math.Max(256, _byteCount * 2)];
        Ascii.ToUtf16(_text.AsSpan(0, _byteCount), MemoryMarshal.Cast<byte, char>(wide.AsSpan()), out _);
        _text = wide;
        _byteCount *= 2;
        for (int i = 0; i <= Count; i++)
        {
            _starts[i] *= 2;
        }

        _wide = true;
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
