using System.Text;

namespace KanoKit.IO;

/// <summary>One field of a delimited record, with where it starts (1-based line and character column).</summary>
internal readonly record struct CsvField(string Value, int Line, int Column);

/// <summary>One record: its fields, the line it starts on, and where it ends (for messages about missing fields).</summary>
internal sealed record CsvRecord(CsvField[] Fields, int Line, int EndLine, int EndColumn);

/// <summary>
/// Splits RFC 4180 delimited text into records, tracking editor line and column of every field: quoted fields
/// may hold delimiters, doubled quotes and line breaks; CRLF, LF and CR end records; blank lines are skipped.
/// </summary>
internal static class DelimitedText
{
    /// <summary>The delimiters recognised when detecting: comma, semicolon, tab.</summary>
    private static ReadOnlySpan<char> Candidates => [',', ';', '\t'];

    /// <summary>The candidate delimiter that occurs most often outside quotes in the first line; comma by default.</summary>
    public static char DetectDelimiter(string text)
    {
        Span<int> counts = stackalloc int[Candidates.Length];
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!quoted)
            {
                int index = Candidates.IndexOf(c);
                if (index >= 0)
                {
                    counts[index]++;
                }
            }
        }

        int best = 0;
        for (int i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return Candidates[best];
    }

    /// <summary>The records of <paramref name="text"/>, in order.</summary>
    /// <exception cref="KanoDataException">A quote is never closed, or a closing quote is followed by something other than a delimiter or line end.</exception>
    public static IEnumerable<CsvRecord> Records(string text, char delimiter, string source)
    {
        int position = 0;
        int line = 1;
        int lineStart = 0;
        var fields = new List<CsvField>();
        var value = new StringBuilder();

        while (position < text.Length)
        {
            int recordLine = line;
            fields.Clear();
            bool endOfRecord = false;
            while (!endOfRecord)
            {
                int fieldLine = line;
                int fieldColumn = position - lineStart + 1;
                value.Clear();
                if (position < text.Length && text[position] == '"')
                {
                    position++;
                    while (true)
                    {
                        if (position >= text.Length)
                        {
                            throw new KanoDataException(
                                source, fieldLine, fieldColumn, "a quoted field is never closed", null, "a closing '\"' before the end of the file");
                        }

                        char c = text[position];
                        if (c == '"')
                        {
                            if (position + 1 < text.Length && text[position + 1] == '"')
                            {
                                value.Append('"');
                                position += 2;
                                continue;
                            }

                            position++;
                            break;
                        }

                        if (c == '\n' || (c == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n')))
                        {
                            line++;
                            lineStart = position + 1;
                        }

                        value.Append(c);
                        position++;
                    }

                    if (position < text.Length && text[position] != delimiter && text[position] != '\r' && text[position] != '\n')
                    {
                        throw new KanoDataException(
                            source, line, position - lineStart + 1, "text follows a closing quote", text[position].ToString(),
                            $"'{Printable(delimiter)}' or the end of the line after a quoted field");
                    }
                }
                else
                {
                    while (position < text.Length && text[position] != delimiter && text[position] != '\r' && text[position] != '\n')
                    {
                        value.Append(text[position]);
                        position++;
                    }
                }

                fields.Add(new CsvField(value.ToString(), fieldLine, fieldColumn));
                if (position < text.Length && text[position] == delimiter)
                {
                    position++;
                    continue;
                }

                endOfRecord = true;
            }

            int endLine = line;
            int endColumn = position - lineStart + 1;
            if (position < text.Length)
            {
                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                line++;
                lineStart = position;
            }

            bool blank = fields.Count == 1 && fields[0].Value.Length == 0;
            if (!blank)
            {
                yield return new CsvRecord([.. fields], recordLine, endLine, endColumn);
            }
        }
    }

    /// <summary>A delimiter as a message shows it.</summary>
    public static string Printable(char delimiter) => delimiter == '\t' ? "\\t" : delimiter.ToString();
}
