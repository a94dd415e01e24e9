using System.IO.Compression;
using System.Xml;
using KanoKit.Reading;

namespace KanoKit.Excel;

/// <summary>
/// The parts of an .xlsx package (ECMA-376 Part 1 and Part 2, Open Packaging Conventions) that a survey read needs: the
/// workbook's sheets in order with their names, the chosen sheet's part, and the shared strings part. Found through the
/// package relationships (<c>_rels/.rels</c> → workbook, <c>xl/_rels/workbook.xml.rels</c> → sheets and shared
/// strings), every part read with the limits of <see cref="WorkbookLimits"/>.
/// </summary>
internal static class XlsxPackage
{
    private const string OfficeDocument = "/officeDocument";
    private const string SharedStringsType = "/sharedStrings";

    /// <summary>XML reader settings for every part: no DTD, no external resolution, comments skipped.</summary>
    public static XmlReaderSettings Settings(XmlNameTable names) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        NameTable = names,
    };

    /// <summary>The part of sheet <paramref name="sheet"/> (first when null) and the shared strings part, if any.</summary>
    /// <exception cref="KanoDataException">The package has no workbook, the workbook no such sheet, or a part breaks a limit.</exception>
    public static (ZipArchiveEntry Sheet, ZipArchiveEntry? SharedStrings) Find(ZipArchive zip, string source, string? sheet, SurveyReadOptions options)
    {
        string workbookPath = Relationships(zip, "_rels/.rels", string.Empty, source, options)
            .FirstOrDefault(r => r.Type.EndsWith(OfficeDocument, StringComparison.Ordinal)).Target ?? "xl/workbook.xml";
        var workbook = Entry(zip, workbookPath) ?? throw WorkbookLimits.Unreadable(source, $"the package has no workbook part '{workbookPath}'");
        string folder = workbookPath.Contains('/', StringComparison.Ordinal) ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : string.Empty;
        string relsPath = $"{folder}_rels/{workbookPath[folder.Length..]}.rels";
        var relationships = Relationships(zip, relsPath, folder, source, options);

        var sheets = Sheets(workbook, source, options);
        if (sheets.Count == 0)
        {
            throw WorkbookLimits.Unreadable(source, "the workbook has no sheets");
        }

        var chosen = sheet is null ? sheets[0] : sheets.Find(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase));
        if (chosen.Name is null)
        {
            throw new KanoDataException(new KanoDiagnostic(DiagnosticKind.NoData, source, 1, 1, $"the workbook has no sheet '{sheet}'", sheet, $"one of the sheets {string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}"));
        }

        string? target = relationships.FirstOrDefault(r => r.Id == chosen.RelationshipId).Target;
        var part = (target is null ? null : Entry(zip, target)) ?? throw WorkbookLimits.Unreadable(source, $"sheet '{chosen.Name}' has no worksheet part");
        string? strings = relationships.FirstOrDefault(r => r.Type.EndsWith(SharedStringsType, StringComparison.Ordinal)).Target;
        return (part, Entry(zip, strings ?? $"{folder}sharedStrings.xml"));
    }

    /// <summary>Opens a part as a stream that fails past <see cref="SurveyReadOptions.MaxDocumentLength"/> bytes.</summary>
    public static Stream Open(ZipArchiveEntry entry, string source, SurveyReadOptions options) =>
        entry.Length > options.MaxDocumentLength
            ? throw WorkbookLimits.Limit(source, 1, 1, FormattableString.Invariant($"workbook part '{entry.FullName}' is larger than {options.MaxDocumentLength} bytes, the limit MaxDocumentLength"), "MaxDocumentLength")
            : new WorkbookLimits.BoundedStream(entry.Open(), options.MaxDocumentLength);

    /// <summary>A part by its name in the package (case-insensitive, as part names are), or null.</summary>
    private static ZipArchiveEntry? Entry(ZipArchive zip, string name)
    {
        name = name.TrimStart('/');
        return zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The relationships of a part: id, type and target resolved against <paramref name="folder"/>.</summary>
    private static List<(string Id, string Type, string Target)> Relationships(ZipArchive zip, string path, string folder, string source, SurveyReadOptions options)
    {
        var found = new List<(string, string, string)>();
        if (Entry(zip, path) is not { } entry)
        {
            return found;
        }

        using var xml = XmlReader.Create(Open(entry, source, options), Settings(new NameTable()));
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship")
            {
                string target = xml.GetAttribute("Target") ?? string.Empty;
                target = target.StartsWith('/') ? target.TrimStart('/') : Resolve(folder, target);
                found.Add((xml.GetAttribute("Id") ?? string.Empty, xml.GetAttribute("Type") ?? string.Empty, target));
            }
        }

        return found;
    }

    /// <summary>A relative target resolved against a folder, with <c>..</c> segments applied.</summary>
    private static string Resolve(string folder, string target)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (string segment in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }

        return string.Join('/', parts);
    }

    /// <summary>The sheets of the workbook in order: name and relationship id (a sheet needs a name, a sheetId and an id).</summary>
    private static List<(string Name, string RelationshipId)> Sheets(ZipArchiveEntry workbook, string source, SurveyReadOptions options)
    {
        var sheets = new List<(string, string)>();
        using var xml = XmlReader.Create(Open(workbook, source, options), Settings(new NameTable()));
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet")
            {
                string? name = xml.GetAttribute("name");
                string? id = xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
                    ?? xml.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");
                if (name is null || id is null || xml.GetAttribute("sheetId") is null)
                {
                    throw WorkbookLimits.Unreadable(source, "a sheet of the workbook lacks its name, sheetId or relationship id");
                }

                sheets.Add((name, id));
            }
        }

        return sheets;
    }
}
