using System.Globalization;
using System.Text;
using KanoKit.Answers;

namespace KanoKit.Tests.Reading;

/// <summary>The export shapes of real survey tools (issue 9), each written by <see cref="ExportWriter"/>.</summary>
public enum Export
{
    GoogleForms,
    GoogleFormsGrid,
    SurveyMonkeyMatrix,
    SurveyMonkeyPerFeature,
    Typeform,
    GermanExcel,
    Qualtrics,
    LimeSurvey,
    Alchemer,
    DatabaseLong,
    Tall,
    BracketSuffix,
    FunDys,
    PosNeg,
    PresentAbsent,
    TvFDys,
    FD,
    QaQb,
}

/// <summary>
/// Writes one known set of answers (per feature, each respondent's functional and dysfunctional answer and an optional
/// importance) the way a survey tool exports it: header rows, question texts, labels, metadata columns, delimiter and
/// encoding as the tool writes them. Reading any of them must give the tallies the answers give.
/// </summary>
internal static class ExportWriter
{
    public static readonly string[] Names = ["Dark mode", "Offline sync", "Price alerts", "Childcare", "Voice search", "Family sharing"];

    public static readonly string[] GermanNames = ["Dunkelmodus", "Offline-Synchronisation", "Preisalarm", "Kinderbetreuung", "Sprachsuche", "Familienfreigabe"];

    private static readonly string[] English = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];
    private static readonly string[] Qualtrics = ["I like it", "I expect it", "I am neutral", "I tolerate it", "I dislike it"];
    private static readonly string[] Berger = ["I like it that way", "It must be that way", "I am neutral", "I can live with it that way", "I dislike it that way"];
    private static readonly string[] German = ["Würde mich sehr freuen", "Setze ich voraus", "Ist mir egal", "Nehme ich in Kauf", "Würde mich sehr stören"];
    private static readonly string[] Importance = ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"];

    /// <summary>The feature names a reader must find in <paramref name="export"/> for <paramref name="count"/> features.</summary>
    public static string[] ExpectedNames(Export export, int count) => export switch
    {
        Export.GermanExcel => GermanNames[..count],
        Export.BracketSuffix or Export.Qualtrics or Export.GoogleForms or Export.GoogleFormsGrid or Export.SurveyMonkeyMatrix or Export.SurveyMonkeyPerFeature
            or Export.Typeform or Export.LimeSurvey or Export.Alchemer or Export.DatabaseLong or Export.Tall => Names[..count],
        Export.FD => [.. Enumerable.Range(1, count).Select(k => k.ToString(CultureInfo.InvariantCulture))],
        Export.QaQb => [.. Enumerable.Range(1, count).Select(k => $"Q{k}")],
        _ => [.. Names[..count].Select(Slug)],
    };

    public static byte[] Write(Export export, (Answer[] F, Answer[] D)[] features, double?[][]? importance = null)
    {
        int n = features[0].F.Length;
        int k = features.Length;
        var rows = new List<string[]>();
        string Label(string[] labels, Answer a) => a == Answer.Missing ? string.Empty : labels[(int)a - 1];
        string Code(Answer a) => a == Answer.Missing ? string.Empty : ((int)a).ToString(CultureInfo.InvariantCulture);
        char delimiter = ',';
        Encoding encoding = new UTF8Encoding(false);
        switch (export)
        {
            case Export.GoogleForms:
                rows.Add(["Timestamp", "Email Address", .. Enumerable.Range(0, k).SelectMany(f => new[] { $"How would you feel if the app had {Names[f]}?", $"How would you feel if the app did NOT have {Names[f]}?" }), "Anything else you would like to tell us?"]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([$"2024/05/{1 + (r % 28):00} 10:{r % 60:00}:00 AM GMT+2", $"person{r}@example.org", .. Enumerable.Range(0, k).SelectMany(f => new[] { Label(English, features[f].F[r]), Label(English, features[f].D[r]) }), r % 3 == 0 ? "Great app, thanks!" : string.Empty]);
                }

                return Encode(rows, delimiter, encoding, true);
            case Export.GoogleFormsGrid:
                rows.Add(["Timestamp", .. Enumerable.Range(0, k).Select(f => $"How would you feel if the app had these features? [{Names[f]}]"), .. Enumerable.Range(0, k).Select(f => $"How would you feel if the app did not have these features? [{Names[f]}]")]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([$"2024/05/01 10:00:{r % 60:00} AM GMT+2", .. Enumerable.Range(0, k).Select(f => Label(English, features[f].F[r])), .. Enumerable.Range(0, k).Select(f => Label(English, features[f].D[r]))]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.SurveyMonkeyMatrix:
                rows.Add(["Respondent ID", "Collector ID", "Start Date", "End Date", "How would you feel if the app had the following features?", .. Enumerable.Repeat(string.Empty, k - 1), "How would you feel if the app did not have the following features?", .. Enumerable.Repeat(string.Empty, k - 1)]);
                rows.Add([string.Empty, string.Empty, string.Empty, string.Empty, .. Names[..k], .. Names[..k]]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([(114000000 + r).ToString(CultureInfo.InvariantCulture), "431", "05/01/2024 10:00:00 AM", "05/01/2024 10:04:00 AM", .. Enumerable.Range(0, k).Select(f => Label(English, features[f].F[r])), .. Enumerable.Range(0, k).Select(f => Label(English, features[f].D[r]))]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.SurveyMonkeyPerFeature:
                rows.Add(["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", .. Enumerable.Range(0, k).SelectMany(f => new[] { $"How would you feel if the app had {Names[f]}?", $"How would you feel if the app did not have {Names[f]}?" })]);
                rows.Add([string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, .. Enumerable.Repeat("Response", 2 * k)]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([(114000000 + r).ToString(CultureInfo.InvariantCulture), "431", "05/01/2024", "05/01/2024", "192.0.2.1", .. Enumerable.Range(0, k).SelectMany(f => new[] { Label(Berger, features[f].F[r]), Label(Berger, features[f].D[r]) })]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.Typeform:
                rows.Add(["#", .. Enumerable.Range(0, k).SelectMany(f => new[] { $"If the app had {Names[f]}, how would you feel?", $"If the app didn't have {Names[f]}, how would you feel?" }), "Start Date (UTC)", "Submit Date (UTC)", "Network ID"]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([$"x{r:x6}q", .. Enumerable.Range(0, k).SelectMany(f => new[] { Label(English, features[f].F[r]), Label(English, features[f].D[r]) }), "2024-05-01 10:00:00", "2024-05-01 10:03:00", $"{r:x8}"]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.GermanExcel:
                delimiter = ';';
                encoding = CodePage1252();
                rows.Add(["Teilnehmer", .. Enumerable.Range(0, k).SelectMany(f => new[] { $"{GermanNames[f]} (funktional)", $"{GermanNames[f]} (dysfunktional)" }), "Zufriedenheit"]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([$"T{r}", .. Enumerable.Range(0, k).SelectMany(f => new[] { Label(German, features[f].F[r]), Label(German, features[f].D[r]) }), (3.5 + (r % 3)).ToString("0.0", CultureInfo.GetCultureInfo("de-DE"))]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.Qualtrics:
                rows.Add(["StartDate", "EndDate", "ResponseId", .. Enumerable.Range(1, k).Select(i => $"Q12_{i}"), .. Enumerable.Range(1, k).Select(i => $"Q13_{i}"), .. Enumerable.Range(1, k).Select(i => $"Q14_{i}")]);
                rows.Add(["Start Date", "End Date", "Response ID", .. Names[..k].Select(x => $"How do you feel if you have this amenity? - {x}"), .. Names[..k].Select(x => $"How do you feel if you do not have this amenity? - {x}"), .. Names[..k].Select(x => $"How important is this amenity to you? - {x}")]);
                rows.Add(["{\"ImportId\":\"startDate\"}", "{\"ImportId\":\"endDate\"}", "{\"ImportId\":\"_recordId\"}", .. Enumerable.Range(1, k).Select(i => $"{{\"ImportId\":\"QID12_{i}\"}}"), .. Enumerable.Range(1, k).Select(i => $"{{\"ImportId\":\"QID13_{i}\"}}"), .. Enumerable.Range(1, k).Select(i => $"{{\"ImportId\":\"QID14_{i}\"}}")]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add(["2024-05-01 10:00:00", "2024-05-01 10:05:00", $"R_{r:x10}", .. Enumerable.Range(0, k).Select(f => Label(Qualtrics, features[f].F[r])), .. Enumerable.Range(0, k).Select(f => Label(Qualtrics, features[f].D[r])), .. Enumerable.Range(0, k).Select(f => importance?[f][r] is double v ? Importance[(int)v - 1] : string.Empty)]);
                }

                return Encode(rows, delimiter, encoding, true);
            case Export.LimeSurvey:
                rows.Add(["id", "submitdate", "lastpage", "startlanguage", .. Enumerable.Range(0, k).Select(f => $"Q1[SQ{f + 1:000}]. How would you feel if the app had this? [{Names[f]}]"), .. Enumerable.Range(0, k).Select(f => $"Q2[SQ{f + 1:000}]. How would you feel if the app did not have this? [{Names[f]}]")]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([(r + 1).ToString(CultureInfo.InvariantCulture), "2024-05-01 10:00:00", "3", "en", .. Enumerable.Range(0, k).Select(f => Label(English, features[f].F[r])), .. Enumerable.Range(0, k).Select(f => Label(English, features[f].D[r]))]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.Alchemer:
                rows.Add(["Response ID", "Time Started", "Status", .. Enumerable.Range(0, k).SelectMany(f => new[] { $"{Names[f]}:How would you feel if the app had this feature?", $"{Names[f]}:How would you feel if the app did not have this feature?" })]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([(r + 1).ToString(CultureInfo.InvariantCulture), "May 1, 2024 10:00:00 am", "Complete", .. Enumerable.Range(0, k).SelectMany(f => new[] { Label(English, features[f].F[r]), Label(English, features[f].D[r]) })]);
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.DatabaseLong:
                rows.Add(["respondent_id", "feature_name", "functional_answer", "dysfunctional_answer", "plan"]);
                for (int r = 0; r < n; r++)
                {
                    for (int f = 0; f < k; f++)
                    {
                        rows.Add([(1000 + r).ToString(CultureInfo.InvariantCulture), Names[f], Code(features[f].F[r]), Code(features[f].D[r]), r % 2 == 0 ? "free" : "pro"]);
                    }
                }

                return Encode(rows, delimiter, encoding, false);
            case Export.Tall:
                rows.Add(["respondent_id", "feature", "question_type", "answer_code"]);
                for (int r = 0; r < n; r++)
                {
                    for (int f = 0; f < k; f++)
                    {
                        rows.Add([(1000 + r).ToString(CultureInfo.InvariantCulture), Names[f], "functional", Code(features[f].F[r])]);
                        rows.Add([(1000 + r).ToString(CultureInfo.InvariantCulture), Names[f], "dysfunctional", Code(features[f].D[r])]);
                    }
                }

                return Encode(rows, delimiter, encoding, false);
            default:
                var (fs, ds) = Suffixes(export);
                string Column(int f, string form) => form.Replace("{n}", (f + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{x}", export == Export.BracketSuffix ? Names[f] : Slug(Names[f]), StringComparison.Ordinal);
                rows.Add(["respondent", .. Enumerable.Range(0, k).SelectMany(f => new[] { Column(f, fs), Column(f, ds) }), "age"]);
                for (int r = 0; r < n; r++)
                {
                    rows.Add([$"r{r}", .. Enumerable.Range(0, k).SelectMany(f => new[] { Code(features[f].F[r]), Code(features[f].D[r]) }), (20 + r).ToString(CultureInfo.InvariantCulture)]);
                }

                return Encode(rows, delimiter, encoding, false);
        }
    }

    private static (string Functional, string Dysfunctional) Suffixes(Export export) => export switch
    {
        Export.BracketSuffix => ("{x} [Functional]", "{x} [Dysfunctional]"),
        Export.FunDys => ("{x}_fun", "{x}_dys"),
        Export.PosNeg => ("{x}_pos", "{x}_neg"),
        Export.PresentAbsent => ("{x}_present", "{x}_absent"),
        Export.TvFDys => ("{x}_f", "{x}_dys"),
        Export.FD => ("F{n}", "D{n}"),
        Export.QaQb => ("Q{n}a", "Q{n}b"),
        _ => throw new ArgumentOutOfRangeException(nameof(export)),
    };

    public static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');

    private static Encoding CodePage1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    private static byte[] Encode(List<string[]> rows, char delimiter, Encoding encoding, bool quoteAll)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(delimiter, row.Select(field =>
                quoteAll || field.Contains(delimiter) || field.Contains('"') ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field))).Append("\r\n");
        }

        return encoding.GetBytes(text.ToString());
    }
}
