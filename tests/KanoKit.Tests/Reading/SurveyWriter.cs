using System.Text;
using KanoKit.Answers;

namespace KanoKit.Tests.Reading;

/// <summary>How a generated survey is written: the knobs survey tools turn.</summary>
internal sealed record Shape(bool Long, char Delimiter, bool QuoteAll, int ExtraHeaderRows, string Coding, int Language, bool Crlf, bool Bom, bool Utf16);

/// <summary>Writes a survey (answer columns per feature) in a given shape, for round-trip properties.</summary>
internal static class SurveyWriter
{
    private static readonly string[][] Labels =
    [
        ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"],
        ["Das würde mich sehr freuen", "Das setze ich voraus", "Das ist mir egal", "Das nehme ich in Kauf", "Das würde mich sehr stören"],
        ["我喜欢", "理所当然", "无所谓", "能忍受", "我不喜欢"],
        ["我喜歡", "理所當然", "無所謂", "能忍受", "我不喜歡"],
        ["気に入る", "当然だ", "どちらでもない", "仕方がない", "気に入らない"],
        ["Me gusta", "Lo espero", "Me es indiferente", "Lo tolero", "No me gusta"],
    ];

    public static AnswerScale ScaleFor(Shape shape) => shape.Coding switch
    {
        "reversed" => AnswerScale.Reversed,
        "zero-based" => AnswerScale.ZeroBased,
        _ => AnswerScale.Standard,
    };

    public static byte[] Write(Shape shape, (Answer[] F, Answer[] D)[] features)
    {
        int respondents = features.Length == 0 ? 0 : features[0].F.Length;
        var rows = new List<string[]>();
        if (shape.Long)
        {
            rows.Add(["respondent", "feature", "functional", "dysfunctional"]);
            AddHeaderRows(rows, 4, shape);
            for (int r = 0; r < respondents; r++)
            {
                for (int k = 0; k < features.Length; k++)
                {
                    rows.Add([$"r{r}", $"feature {k}", Text(features[k].F[r], shape), Text(features[k].D[r], shape)]);
                }
            }
        }
        else
        {
            rows.Add(["respondent", .. Enumerable.Range(0, features.Length).SelectMany(k => new[] { $"feature {k}_functional", $"feature {k}_dysfunctional" })]);
            AddHeaderRows(rows, rows[0].Length, shape);
            for (int r = 0; r < respondents; r++)
            {
                rows.Add([$"r{r}", .. features.SelectMany(f => new[] { Text(f.F[r], shape), Text(f.D[r], shape) })]);
            }
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(shape.Delimiter, row.Select(field => Quote(field, shape)))).Append(shape.Crlf ? "\r\n" : "\n");
        }

        var encoding = shape.Utf16 ? Encoding.Unicode : Encoding.UTF8;
        byte[] body = encoding.GetBytes(text.ToString());
        return shape.Bom || shape.Utf16 ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static void AddHeaderRows(List<string[]> rows, int width, Shape shape)
    {
        for (int i = 0; i < shape.ExtraHeaderRows; i++)
        {
            rows.Add([.. Enumerable.Range(0, width).Select(c => i == 0 ? $"Question text {c}, in words" : $"{{\"ImportId\":\"QID{c}\"}}")]);
        }
    }

    private static string Text(Answer answer, Shape shape)
    {
        if (answer == Answer.Missing)
        {
            return string.Empty;
        }

        int index = (int)answer - 1;
        return shape.Coding switch
        {
            "labels" => Labels[shape.Language][index],
            "reversed" => (5 - index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "zero-based" => index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Quote(string field, Shape shape)
    {
        bool needs = field.Contains(shape.Delimiter) || field.Contains('"') || field.Contains('\n') || field.Contains('\r');
        return shape.QuoteAll || needs ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
