using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading.Layouts;

/// <summary>
/// The byte path's template rows (a respondent id first, then one code per answer column, checked 32 bytes at a time):
/// files wide enough for the template, with rows that break it anywhere (bad, empty, padded, quoted or non-ASCII cells,
/// text, padded, long and repeated ids, ragged, blank and extra-wide rows, CRLF, no final line feed), read exactly as the
/// general path reads them — tallies, respondents, diagnostics or the first error — on one to four threads.
/// </summary>
public class WideTemplateRowsTests
{
    private static readonly Gen<string> Cells = Gen.Frequency(
        (60, Gen.Elements("1", "2", "3", "4", "5")),
        (2, Gen.Constant(string.Empty)),
        (1, Gen.Elements("0", "6", "9", "x", " 3", "55", "Like", "\"2\"", "é", ",")));

    private static readonly Gen<string> Ids = Gen.Frequency(
        (40, Gen.Choose(1, 300).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Elements("r1", " 7", "007", "0", string.Empty, "123456789", "99999999")));

    private static readonly Gen<string> Files =
        from features in Gen.Choose(8, 20)
        from rows in Gen.Choose(1, 80)
        from crlf in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lastLineFeed in Gen.Elements(true, false)
        from lines in Gen.ArrayOf(
            from id in Ids
            from cells in Gen.ArrayOf(Cells, 2 * features)
            from shape in Gen.Frequency((60, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)))
            select shape switch
            {
                1 => string.Empty,                                             // a blank line
                2 => $"{id},{string.Join(',', cells.Skip(1))}",                // one column short
                3 => $"{id},{string.Join(',', cells)},1",                      // one column too many
                4 => $"{id},{string.Join(',', cells)}\r",                      // a lone carriage return
                _ => $"{id},{string.Join(',', cells)}",
            },
            rows)
        let newline = crlf ? "\r\n" : "\n"
        select Header(features) + newline + string.Join(newline, lines) + (lastLineFeed ? newline : string.Empty);

    [Property(MaxTest = 200)]
    public Property Template_rows_read_exactly_what_the_general_path_reads() =>
        Prop.ForAll(Files.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), (text, mode) =>
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
                var reference = WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = 1, BytePath = false });
                foreach (int threads in new[] { 1, 2, 3, 4 })
                {
                    Assert.Equal(reference, WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = threads, ParallelMinBytes = 1 }));
                }

                return true;
            }
            finally
            {
                File.Delete(path);
            }
        });

    private static readonly Gen<string> TextIds = Gen.Frequency(
        (40, Gen.Choose(1, 300).Select(n => "R_" + n.ToString("x8", System.Globalization.CultureInfo.InvariantCulture))),
        (6, Gen.Choose(1, 300).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (2, Gen.Elements(" R_1", "R_2 ", "R\v3", "\"R_4\"", "Ré", string.Empty, "R_00000001")));

    private static readonly Gen<string> Metadata = Gen.Frequency(
        (30, Gen.Elements("2024-05-01 10:00:00", "IP Address", "100", "True", string.Empty)),
        (1, Gen.Elements("\"a,b\"", "Zürich", "x\"y", "\"two\nlines\"")));

    private static readonly Gen<string> PrefixedFiles =
        from features in Gen.Choose(8, 12)
        from leading in Gen.Choose(1, 4)
        from idAt in Gen.Choose(-1, leading - 1)
        from rows in Gen.Choose(1, 60)
        from crlf in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from lines in Gen.ArrayOf(
            from id in TextIds
            from meta in Gen.ArrayOf(Metadata, leading)
            from cells in Gen.ArrayOf(Cells, 2 * features)
            from shape in Gen.Frequency((40, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
            let front = string.Join(',', meta.Select((m, i) => i == idAt ? id : m))
            select shape switch
            {
                1 => string.Empty,
                2 => $"{front},{string.Join(',', cells.Skip(1))}",
                _ => $"{front},{string.Join(',', cells)}",
            },
            rows)
        let newline = crlf ? "\r\n" : "\n"
        let header = string.Join(',', Enumerable.Range(0, leading).Select(i => i == idAt ? "ResponseId" : $"Meta{i}"))
            + string.Concat(Enumerable.Range(0, features).Select(k => $",f{k}_functional,f{k}_dysfunctional"))
        select header + newline + string.Join(newline, lines) + newline;

    /// <summary>
    /// The prefixed template (a survey tool's leading columns — dates, status, a text respondent id anywhere among them —
    /// then only answers): rows that break it anywhere read exactly as the general path reads them.
    /// </summary>
    [Property(MaxTest = 200)]
    public Property Prefixed_template_rows_read_exactly_what_the_general_path_reads() =>
        Prop.ForAll(PrefixedFiles.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), (text, mode) =>
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
                var reference = WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = 1, BytePath = false });
                foreach (int threads in new[] { 1, 2, 3 })
                {
                    Assert.Equal(reference, WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = threads, ParallelMinBytes = 1 }));
                }

                return true;
            }
            finally
            {
                File.Delete(path);
            }
        });

    private static readonly string[] Wordings =
    [
        "I like it", "I expect it", "I am neutral", "I can tolerate it", "I dislike it", "Like", "Must-be", "Neutral",
        "Live-with", "Dislike", "I like it that way", "It must be that way", "I can live with it that way",
        "I dislike it that way", "i LIKE it", "I like it.", "I'm neutral", "Expected", "I tolerate it", " Like", "Dislike ",
        "I like it not", "like it", "I like", "It must", "Neutral-ish",
    ];

    private static readonly Gen<string> LabelFiles =
        from features in Gen.Choose(1, 6)
        from rows in Gen.Choose(1, 60)
        from lines in Gen.ArrayOf(
            from id in Gen.Choose(1, 100)
            from cells in Gen.ArrayOf(Gen.Frequency((20, Gen.Elements(Wordings)), (1, Gen.Choose(0, 90).Select(n => $"L{n}")), (1, Gen.Constant(string.Empty))), 2 * features)
            select $"{id},{string.Join(',', cells)}",
            rows)
        select Header(features) + "\n" + string.Join("\n", lines) + "\n";

    /// <summary>
    /// Labels read from bytes (remembered with their answers after the first time, in a small table that can fill up)
    /// give what the general path gives — more distinct spellings than the table holds, near-misses and padded ones.
    /// </summary>
    [Property(MaxTest = 150)]
    public Property Labels_read_from_bytes_read_exactly_what_the_general_path_reads() =>
        Prop.ForAll(LabelFiles.ToArbitrary(), Gen.Elements(ReadMode.Strict, ReadMode.Lenient).ToArbitrary(), (text, mode) =>
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
                var reference = WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = 1, BytePath = false });
                foreach (int threads in new[] { 1, 2 })
                {
                    Assert.Equal(reference, WideParallelTests.Outcome(path, new SurveyReadOptions { Mode = mode, Threads = threads, ParallelMinBytes = 1 }));
                }

                return true;
            }
            finally
            {
                File.Delete(path);
            }
        });

    private static string Header(int features) =>
        "id" + string.Concat(Enumerable.Range(0, features).Select(k => $",f{k}_functional,f{k}_dysfunctional"));
}
