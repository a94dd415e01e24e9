using System.Globalization;
using System.IO.Compression;
using System.Xml;
using KanoKit.Reading;

namespace KanoKit.Excel;

/// <summary>
/// The shared strings table of a workbook (ECMA-376 Part 1, §18.4): string <c>i</c> is the text of the i-th
/// <c>&lt;si&gt;</c>, its <c>&lt;t&gt;</c> runs joined (phonetic <c>&lt;rPh&gt;</c> runs left out). All texts lie in one
/// character buffer: no string per entry.
/// </summary>
internal sealed class SharedStrings
{
    private char[] _chars = new char[4096];
    private int _length;
    private int[] _starts = new int[257]; // _starts[i] = start of string i, _starts[Count] = _length

    /// <summary>The number of strings.</summary>
    public int Count { get; private set; }

    /// <summary>String <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Reads the part; a text longer than <see cref="SurveyReadOptions.MaxFieldLength"/> is an error.</summary>
    public static SharedStrings Read(ZipArchiveEntry? part, string source, SurveyReadOptions options, XmlNameTable names)
    {
        var strings = new SharedStrings();
        if (part is null)
        {
            return strings;
        }

        using var xml = XmlReader.Create(XlsxPackage.Open(part, source, options), XlsxPackage.Settings(names));
        int phonetic = -1; // depth of an open rPh element
        bool inItem = false;
        bool inText = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (xml.LocalName == "si")
                    {
                        inItem = !xml.IsEmptyElement;
                        if (!inItem)
                        {
                            strings.Close();
                        }
                    }
                    else if (xml.LocalName == "rPh" && !xml.IsEmptyElement && phonetic < 0)
                    {
                        phonetic = xml.Depth;
                    }
                    else if (xml.LocalName == "t" && inItem && phonetic < 0 && !xml.IsEmptyElement)
                    {
                        inText = true;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (xml.LocalName == "si")
                    {
                        inItem = false;
                        strings.Close();
                    }
                    else if (xml.LocalName == "rPh" && xml.Depth == phonetic)
                    {
                        phonetic = -1;
                    }
                    else if (xml.LocalName == "t")
                    {
                        inText = false;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText:
                    strings.Append(xml, source, options.MaxFieldLength);
                    break;
            }
        }

        return strings;
    }

    private void Append(XmlReader xml, string source, int maxFieldLength)
    {
        int n;
        do
        {
            if (_chars.Length - _length < 1024)
            {
                Array.Resize(ref _chars, (int)Math.Min(Array.MaxLength, (long)_chars.Length * 2));
            }

            n = xml.ReadValueChunk(_chars, _length, _chars.Length - _length);
            _length += n;
            if (_length - _starts[Count] > maxFieldLength)
            {
                throw WorkbookLimits.Limit(source, 1, 1, string.Create(CultureInfo.InvariantCulture, $"shared string {Count} is longer than {maxFieldLength} characters, the limit MaxFieldLength"), "MaxFieldLength");
            }
        }
        while (n > 0);
    }

    private void Close()
    {
        Count++;
        if (Count + 1 > _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
        }

        _starts[Count] = _length;
    }
}
