using System.Text;
using KanoKit.Analysis;
using KanoKit.Excel;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Tests.Fuzzing;

/// <summary>
/// The reading side's contract for one input: reading (strict and lenient), analysing and writing the report either
/// succeed or fail with a <see cref="KanoDataException"/> located at line and column ≥ 1 with a one-line message; in
/// lenient mode every feature accounts for every respondent (n + missing + rejected = respondents).
/// </summary>
internal static class ReadContract
{
    private const int MaxMessageLength = 2_000;

    /// <summary>What went wrong with <paramref name="bytes"/>, or <see langword="null"/> when the contract holds.</summary>
    public static string? Check(SeedFormat format, byte[] bytes)
    {
        foreach (var mode in new[] { ReadMode.Strict, ReadMode.Lenient })
        {
            var options = new SurveyReadOptions { Mode = mode, MaxFieldLength = 10_000 };
            try
            {
                var data = Read(format, bytes, options);
                if (data is null)
                {
                    continue;
                }

                if (Unaccounted(data) is { } problem)
                {
                    return $"{mode}: {problem}";
                }

                foreach (var diagnostic in data.Diagnostics)
                {
                    if (Malformed(diagnostic.Line, diagnostic.Column, diagnostic.ToString()) is { } bad)
                    {
                        return $"{mode}: diagnostic {bad}";
                    }
                }

                var report = data.Tallies.Analyze();
                _ = KanoJson.Serialize(report);
                ReportTable.Write(report, TextWriter.Null);
            }
            catch (KanoDataException e)
            {
                if (Malformed(e.Line, e.Column, e.Message) is { } bad)
                {
                    return $"{mode}: {bad}";
                }
            }
            catch (Exception e)
            {
                return $"{mode}: {e.GetType().FullName}: {e.Message.Split('\n')[0]}\n{e.StackTrace}";
            }
        }

        return null;
    }

    private static SurveyData? Read(SeedFormat format, byte[] bytes, SurveyReadOptions options) => format switch
    {
        SeedFormat.Text => SurveyFile.Read(new MemoryStream(bytes), "fuzz.csv", options),
        SeedFormat.Json => SurveyFile.ReadJson(new MemoryStream(bytes), "fuzz.json", options),
        SeedFormat.Workbook => KanoExcel.Read(new MemoryStream(bytes), "fuzz.xlsx", options),
        _ => ReadWithDefinition(bytes, options),
    };

    /// <summary>A mutated definition is parsed, then used to read a valid file.</summary>
    private static SurveyData ReadWithDefinition(byte[] bytes, SurveyReadOptions options)
    {
        var definition = SurveyDefinition.Parse(Encoding.UTF8.GetString(bytes), "fuzz-definition.json");
        var file = FuzzSeeds.All[0].Bytes;
        return SurveyFile.Read(new MemoryStream(file), "fuzz.csv", options with { Definition = definition });
    }

    private static string? Unaccounted(SurveyData data)
    {
        if (data.Respondents is not long respondents)
        {
            return null;
        }

        foreach (var feature in data.Tallies.Features)
        {
            long accounted = feature.Tally.Total + feature.Tally.Missing + feature.Rejected;
            if (accounted != respondents)
            {
                return $"feature '{feature.Name}': n + missing + rejected = {accounted}, respondents = {respondents}";
            }
        }

        foreach (var segment in data.Tallies.Segments)
        {
            foreach (var feature in segment.Tallies)
            {
                long accounted = feature.Tally.Total + feature.Tally.Missing + feature.Rejected;
                if (accounted != segment.Respondents)
                {
                    return $"segment {segment.Column}={segment.Value}, feature '{feature.Name}': n + missing + rejected = {accounted}, respondents = {segment.Respondents}";
                }
            }
        }

        return null;
    }

    private static string? Malformed(int line, int column, string message) =>
        line < 1 || column < 1 ? $"unlocated ({line}:{column}): {Cut(message)}"
        : message.Contains('\n', StringComparison.Ordinal) || message.Contains('\r', StringComparison.Ordinal) ? $"message spans lines: {Cut(message)}"
        : message.Length > MaxMessageLength ? $"message of {message.Length} characters: {Cut(message)}"
        : null;

    private static string Cut(string message) => message.Length <= 300 ? message : message[..300] + "…";
}
