using System.IO.Compression;
using System.Text;

namespace KanoKit.Tests.Fuzzing;

/// <summary>
/// Seeded byte- and structure-level mutations of a valid input: bit flips, byte insertion and deletion, line
/// duplication and deletion, delimiter and quote changes, huge numbers, invalid UTF-8, UTF-16 with lone surrogates,
/// truncation, and for workbooks mutations of the zip bytes or of one XML part inside a still valid zip. The same
/// random generator state gives the same mutant.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    [
        "1e308", "-1e308", "1e200", "99999999999999999999999", "-0", "NaN", "Infinity", "7", "0", "-1", "\"", "\"\"", ",", ";", "\t",
        "\r", "\n", "\r\n", "\0", "\\ud800", "\\u0000", "{", "}", "[", "]", "null", "<", "/>", "&amp;", "<!DOCTYPE x>", "ZZZZZZZ2", "XFE1",
        "a,7,7", "#1", "_functional", "_dysfunctional", "feature", "respondent", "count", "I like it", "\u00e9", "\ud83d\ude00",
    ];

    public static byte[] Mutate(byte[] seed, bool workbook, Random random)
    {
        if (workbook)
        {
            return random.Next(3) == 0 ? MutateBytes(seed, random, 1 + random.Next(3)) : MutateWorkbookPart(seed, random);
        }

        return MutateBytes(seed, random, 1 + random.Next(4));
    }

    private static byte[] MutateBytes(byte[] seed, Random random, int rounds)
    {
        var bytes = new List<byte>(seed);
        for (int i = 0; i < rounds; i++)
        {
            MutateOnce(bytes, random);
        }

        return [.. bytes];
    }

    private static void MutateOnce(List<byte> bytes, Random random)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(13))
        {
            case 0 when bytes.Count > 0:
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                bytes.Insert(at, (byte)random.Next(256));
                break;
            case 2 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                break;
            case 3:
                DuplicateOrDeleteLine(bytes, random);
                break;
            case 4 when bytes.Count > 0:
                ReplaceAll(bytes, (byte)",;\t|"[random.Next(4)], (byte)",;\t|\" "[random.Next(6)], random);
                break;
            case 5:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            case 6:
                bytes.InsertRange(at, random.Next(4) switch
                {
                    0 => [0xC3, 0x28],
                    1 => [0xED, 0xA0, 0x80],
                    2 => [0xFF],
                    _ => [0xF4, 0x90, 0x80, 0x80],
                });
                break;
            case 7 when bytes.Count > 0:
                bytes.RemoveRange(at, bytes.Count - at); // truncation
                break;
            case 8:
                ToUtf16(bytes, random);
                break;
            case 9:
                bytes.Insert(at, (byte)'"');
                break;
            case 10:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)('0' + random.Next(10)), 1 + random.Next(400))));
                break;
            case 11 when bytes.Count > 0:
                // A whole field or cell replaced: delete up to the next delimiter-like byte and insert a token.
                int end = at;
                while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)';' or (byte)'\n' or (byte)'<' or (byte)'"'))
                {
                    end++;
                }

                bytes.RemoveRange(at, end - at);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            default:
                if (bytes.Count > 0)
                {
                    bytes[at] = (byte)"\"\n\r,;\t\0 "[random.Next(8)];
                }

                break;
        }
    }

    private static void DuplicateOrDeleteLine(List<byte> bytes, Random random)
    {
        var lines = Split(bytes);
        if (lines.Count == 0)
        {
            return;
        }

        int line = random.Next(lines.Count);
        if (random.Next(2) == 0)
        {
            lines.Insert(line, lines[line]);
        }
        else
        {
            lines.RemoveAt(line);
        }

        bytes.Clear();
        foreach (var l in lines)
        {
            bytes.AddRange(l);
        }
    }

    private static List<byte[]> Split(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == '\n')
            {
                lines.Add([.. bytes.GetRange(start, i + 1 - start)]);
                start = i + 1;
            }
        }

        if (start < bytes.Count)
        {
            lines.Add([.. bytes.GetRange(start, bytes.Count - start)]);
        }

        return lines;
    }

    private static void ReplaceAll(List<byte> bytes, byte from, byte to, Random random)
    {
        for (int i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == from && random.Next(2) == 0)
            {
                bytes[i] = to;
            }
        }
    }

    /// <summary>Re-encodes as UTF-16 with a byte-order mark, sometimes with a lone surrogate or an odd length.</summary>
    private static void ToUtf16(List<byte> bytes, Random random)
    {
        string text = Encoding.UTF8.GetString([.. bytes]);
        bool bigEndian = random.Next(2) == 0;
        var encoded = new List<byte>(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]);
        int lone = random.Next(3) == 0 ? -1 : random.Next(text.Length + 1);
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == lone)
            {
                encoded.AddRange(bigEndian ? [0xD8, 0x00] : [0x00, 0xD8]);
            }

            if (i < text.Length)
            {
                char c = text[i];
                encoded.AddRange(bigEndian ? [(byte)(c >> 8), (byte)c] : [(byte)c, (byte)(c >> 8)]);
            }
        }

        if (random.Next(4) == 0)
        {
            encoded.Add(0x41); // odd length
        }

        bytes.Clear();
        bytes.AddRange(encoded);
    }

    /// <summary>Rewrites one XML part of the workbook with a mutated text, keeping the zip itself valid.</summary>
    private static byte[] MutateWorkbookPart(byte[] seed, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(seed), ZipArchiveMode.Read);
        var entries = input.Entries.Select(e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return (e.FullName, Bytes: m.ToArray());
        }).ToList();
        int victim = random.Next(4) == 0 ? random.Next(entries.Count) : entries.FindIndex(e => e.FullName.Contains("worksheets", StringComparison.Ordinal));
        victim = victim < 0 ? 0 : victim;
        var text = Encoding.UTF8.GetString(entries[victim].Bytes);
        text = random.Next(6) switch
        {
            0 => text.Replace(" r=\"B2\"", random.Next(2) == 0 ? " r=\"ZZZZZZZ2\"" : " r=\"ZZZZZZ2\"", StringComparison.Ordinal),
            1 => text.Replace("<v>", random.Next(2) == 0 ? "<v><b/>" : "<v>1e308", StringComparison.Ordinal),
            2 => text.Replace(" sheetId=\"1\"", string.Empty, StringComparison.Ordinal).Replace("<row r=\"2\">", "<row r=\"1048577\">", StringComparison.Ordinal),
            3 => text.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>", StringComparison.Ordinal),
            4 => text.Replace("<c r=\"A2\"", "<c r=\"A2\" s=\"1\" t=\"d\"", StringComparison.Ordinal).Replace("</t>", "\u0001</t>", StringComparison.Ordinal),
            _ => Encoding.UTF8.GetString(MutateBytes(entries[victim].Bytes, random, 1 + random.Next(3))),
        };
        entries[victim] = (entries[victim].FullName, Encoding.UTF8.GetBytes(text));
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(bytes);
            }
        }

        return output.ToArray();
    }
}
