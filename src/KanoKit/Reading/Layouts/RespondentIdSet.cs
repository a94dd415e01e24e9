using System.Runtime.CompilerServices;

namespace KanoKit.Reading.Layouts;

/// <summary>
/// The respondent ids of a wide file, to find repeated ones. Ids written as plain numbers (digits only, no leading zero,
/// below 2²⁶ — what survey tools export) are bits of a bit set, so a million of them take 125 kB and adding one is a
/// shift and an OR; any other id goes to a <see cref="TextSet"/>. A number and a text never hold the same id, because
/// a text id is never a plain number. A set that <em>defers</em> text ids keeps only their fingerprints
/// (<see cref="IdFingerprints"/>): adding one always succeeds, and <see cref="MayRepeat"/> says at the end whether the
/// read must be done again with an exact set — for files that can be read twice.
/// </summary>
internal sealed class RespondentIdSet
{
    /// <summary>Numbers below this are bits (8 MB at most); larger ones are texts.</summary>
    public const int MaxNumbered = 1 << 26;

    private readonly TextSet _texts = new();
    private readonly IdFingerprints? _deferred;
    private ulong[] _numbered = new ulong[16];

    /// <param name="deferTexts">Keep text ids as fingerprints, checked once by <see cref="MayRepeat"/>.</param>
    public RespondentIdSet(bool deferTexts = false)
    {
        _deferred = deferTexts ? new IdFingerprints() : null;
    }

    /// <summary>Whether text ids are deferred (their repeats are found by <see cref="MayRepeat"/>, not by <see cref="Add"/>).</summary>
    public bool Defers => _deferred is not null;

    /// <summary>
    /// Whether a deferred text id may have been added twice: then the read must be done again with an exact set. The
    /// final check of a read, on up to <paramref name="threads"/> threads (the answer does not depend on how many): the
    /// fingerprints go back to the array pool, and the set holds no deferred ids afterwards.
    /// </summary>
    public bool MayRepeat(int threads = 1)
    {
        if (_deferred is not { } deferred)
        {
            return false;
        }

        bool repeated = deferred.AnyRepeated(threads);
        deferred.Release();
        return repeated;
    }

    /// <summary>Adds a trimmed, non-empty id; false when the set already holds it (nothing changes then).</summary>
    public bool Add(ReadOnlySpan<char> id)
    {
        int number = 0;
        bool plain = id.Length is > 0 and <= 8 && (id[0] != '0' || id.Length == 1);
        for (int i = 0; plain && i < id.Length; i++)
        {
            int digit = id[i] - '0';
            plain = (uint)digit <= 9;
            number = (number * 10) + digit;
        }

        if (plain && number < MaxNumbered)
        {
            return AddNumber(number);
        }

        if (_deferred is not null)
        {
            _deferred.Add(id);
            return true;
        }

        _texts.Add(id, out bool added);
        return added;
    }

    /// <summary>
    /// Adds a trimmed, non-empty ASCII id given as bytes that is not a plain number (<see cref="TryAddNumber"/> said so); a
    /// deferring set takes its fingerprint straight from the bytes. False when the set already holds it.
    /// </summary>
    public bool AddAscii(ReadOnlySpan<byte> id)
    {
        if (_deferred is not null)
        {
            _deferred.Add(IdFingerprints.Fingerprint(id));
            return true;
        }

        Span<char> text = id.Length <= 128 ? stackalloc char[id.Length] : new char[id.Length];
        System.Text.Ascii.ToUtf16(id, text, out _);
        return Add(text);
    }

    /// <summary>Adds an id given as ASCII digits when it is a plain number; false (nothing done) when it is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAddNumber(ReadOnlySpan<byte> id, out bool added)
    {
        added = false;
        if (id.Length is 0 or > 8 || (id[0] == '0' && id.Length > 1))
        {
            return false;
        }

        int number = 0;
        foreach (byte b in id)
        {
            int digit = b - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        if (number >= MaxNumbered)
        {
            return false;
        }

        added = AddNumber(number);
        return true;
    }

    /// <summary>Whether any id of <paramref name="other"/> is also in this set (deferred text ids are left to <see cref="MayRepeat"/>).</summary>
    public bool Overlaps(RespondentIdSet other)
    {
        int words = Math.Min(_numbered.Length, other._numbered.Length);
        for (int w = 0; w < words; w++)
        {
            if ((_numbered[w] & other._numbered[w]) != 0)
            {
                return true;
            }
        }

        var (small, large) = _texts.Count <= other._texts.Count ? (_texts, other._texts) : (other._texts, _texts);
        var buffer = new char[64];
        for (int i = 0; i < small.Count; i++)
        {
            if (large.IndexOf(Copy(small, i, ref buffer)) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds every id of <paramref name="other"/> (which holds none of this set's exact ids; its deferred fingerprints are taken, leaving it without them).</summary>
    public void UnionWith(RespondentIdSet other)
    {
        if (other._numbered.Length > _numbered.Length)
        {
            Array.Resize(ref _numbered, other._numbered.Length);
        }

        for (int w = 0; w < other._numbered.Length; w++)
        {
            _numbered[w] |= other._numbered[w];
        }

        if (other._deferred is not null)
        {
            (_deferred ?? throw new InvalidOperationException("A deferring set merged into an exact one.")).Adopt(other._deferred);
        }

        var buffer = new char[64];
        for (int i = 0; i < other._texts.Count; i++)
        {
            _texts.Add(Copy(other._texts, i, ref buffer), out _);
        }
    }

    /// <summary>Text id <paramref name="index"/> of <paramref name="texts"/> copied into <paramref name="buffer"/> (grown when short): ids are compared and moved without a string each.</summary>
    private static ReadOnlySpan<char> Copy(TextSet texts, int index, ref char[] buffer)
    {
        if (texts.LengthAt(index) > buffer.Length)
        {
            buffer = new char[texts.LengthAt(index)];
        }

        return texts.CopyAt(index, buffer);
    }

    /// <summary>Adds a plain-number id already parsed (0 ≤ <paramref name="number"/> &lt; <see cref="MaxNumbered"/>); false when the set already holds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool AddNumber(int number)
    {
        int word = number >> 6;
        if (word >= _numbered.Length)
        {
            Array.Resize(ref _numbered, Math.Max(word + 1, _numbered.Length * 2));
        }

        ulong bit = 1UL << number;
        if ((_numbered[word] & bit) != 0)
        {
            return false;
        }

        _numbered[word] |= bit;
        return true;
    }
}
