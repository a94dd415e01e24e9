using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

/// <summary>
/// Issue 9: the same answers through every export shape <em>and every encoding</em> — UTF-8 with and without a
/// byte-order mark, UTF-16 little- and big-endian with one, Windows-1252 (found because the bytes are not UTF-8, or
/// plain ASCII) — give identical tallies, read with no definition.
/// </summary>
public sealed class ExportEncodingTests
{
    private static readonly Gen<(Answer[] F, Answer[] D)[]> Surveys =
        from respondents in Gen.Choose(1, 20)
        from features in Gen.Choose(1, 3)
        from columns in Gen.ArrayOf(Generators.Answer, respondents).Two().ArrayOf(features)
        select columns;

    private static Encoding CodePage1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>The export's text, as the writer encoded it (Windows-1252 for the German Excel export, else UTF-8).</summary>
    private static string Text(Export export, byte[] bytes) =>
        export == Export.GermanExcel ? CodePage1252().GetString(bytes) : new UTF8Encoding(false, true).GetString(bytes);

    private static IEnumerable<(string Name, byte[] Bytes)> Encodings(string text)
    {
        yield return ("utf-8", Encoding.UTF8.GetBytes(text));
        yield return ("utf-8 BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);
        yield return ("utf-16le BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        yield return ("utf-16be BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]);
        byte[]? cp1252 = null;
        try
        {
            cp1252 = CodePage1252().GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            // Not every text can be written in Windows-1252 (Chinese question texts); those files are never in it.
        }

        if (cp1252 is not null)
        {
            yield return ("windows-1252", cp1252);
        }
    }

    [Property(MaxTest = 25)]
    public Property Every_shape_in_every_encoding_gives_the_same_tallies() =>
        Prop.ForAll(Surveys.ToArbitrary(), features =>
        {
            for (int r = 0; r < features[0].F.Length; r++)
            {
                // Files of one row per answer cannot hold a respondent who answered nothing at all.
                features[0].F[r] = features[0].F[r] == Answer.Missing ? Answer.Neutral : features[0].F[r];
            }

            var expected = features.Select(f => PairTally.Count(f.F, f.D)).ToArray();
            var failures = new List<string>();
            foreach (var export in Enum.GetValues<Export>())
            {
                string text = Text(export, ExportWriter.Write(export, features));
                foreach (var (name, bytes) in Encodings(text))
                {
                    var data = SurveyFile.Read(new MemoryStream(bytes), $"{export}.csv", new SurveyReadOptions { Mode = ReadMode.Lenient });
                    if (!(data.IsClean && data.Tallies.Features.Select(t => t.Tally).SequenceEqual(expected)
                        && data.Tallies.Features.Select(t => t.Name).SequenceEqual(ExportWriter.ExpectedNames(export, features.Length))))
                    {
                        failures.Add($"{export} in {name}: {string.Join("; ", data.Diagnostics.Take(2))}");
                    }
                }
            }

            return (failures.Count == 0).Label(string.Join("\n", failures));
        });

    [Fact]
    public void The_German_export_is_reported_in_the_encoding_it_was_read_in()
    {
        var answers = new[] { (new[] { Answer.Like, Answer.Dislike }, new[] { Answer.Dislike, Answer.Like }) };
        string text = Text(Export.GermanExcel, ExportWriter.Write(Export.GermanExcel, answers));

        var readings = Encodings(text).ToDictionary(e => e.Name, e => SurveyFile.Read(new MemoryStream(e.Bytes), "umfrage.csv").Plan.Encoding);

        Assert.Equal("windows-1252", readings["windows-1252"]);
        Assert.Null(readings["utf-8"]);
    }
}
