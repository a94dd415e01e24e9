using System.Text;
using KanoKit.Answers;
using KanoKit.Data.Sql;

namespace KanoKit.Data.Tests;

/// <summary>
/// A random survey from a seed (same seed, same survey): 1–60 respondents, 1–4 features with awkward names, a
/// region segment, answers as codes of the chosen scale, labels and blanks.
/// </summary>
internal sealed class RandomSurvey
{
    private static readonly string[] Names = ["wifi", "dark mode", "o'clock", "Ünïcode", "price\"tag", "x"];
    private static readonly string[] Regions = ["north", "south", "east west", ""];
    private static readonly string[] Labels = ["I like it", "I expect it", "I am neutral", "I can live with it", "I dislike it"];

    private readonly bool _withBadAnswers;

    public RandomSurvey(int seed, bool withBadAnswers = false)
    {
        _withBadAnswers = withBadAnswers;
        var random = new Random(seed);
        Scale = random.Next(3) switch { 0 => AnswerScale.Standard, 1 => AnswerScale.Reversed, _ => AnswerScale.ZeroBased };
        Features = [.. Names.OrderBy(_ => random.Next()).Take(random.Next(1, 5))];
        int respondents = random.Next(1, 61);
        Rows = [];
        for (int r = 0; r < respondents; r++)
        {
            var answers = new string[Features.Length * 2];
            for (int a = 0; a < answers.Length; a++)
            {
                answers[a] = Answer(random);
            }

            Rows.Add((string.Create(System.Globalization.CultureInfo.InvariantCulture, $"r{r}"), Regions[random.Next(Regions.Length)], answers, random.Next(8) == 0 ? random.Next(Features.Length) : -1));
        }
    }

    public AnswerScale Scale { get; }

    public string[] Features { get; }

    /// <summary>Respondent id, region, answers (functional, dysfunctional per feature), and a feature the long form leaves out (−1: none).</summary>
    public List<(string Id, string Region, string[] Answers, int Absent)> Rows { get; }

    public static string Functional(string feature) => feature + "_functional";

    public static string Dysfunctional(string feature) => feature + "_dysfunctional";

    public WideAnswers Wide => new(Features.Select(f => new WideFeature(f, Functional(f), Dysfunctional(f))), ["region"]);

    public static LongAnswers Long => new("respondent", "feature", "functional", "dysfunctional", ["region"]);

    /// <summary>The wide CSV of rows [from, to).</summary>
    public string WideCsv(int from, int to)
    {
        var builder = new StringBuilder("respondent,region");
        foreach (string feature in Features)
        {
            builder.Append(',').Append(Quote(Functional(feature))).Append(',').Append(Quote(Dysfunctional(feature)));
        }

        builder.Append('\n');
        foreach (var row in Rows.Skip(from).Take(to - from))
        {
            builder.Append(row.Id).Append(',').Append(Quote(row.Region));
            foreach (string answer in row.Answers)
            {
                builder.Append(',').Append(Quote(answer));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The long CSV: one row per respondent and feature (some left out, which count as missing).</summary>
    public string LongCsv()
    {
        var builder = new StringBuilder("respondent,region,feature,functional,dysfunctional\n");
        foreach (var row in Rows)
        {
            for (int f = 0; f < Features.Length; f++)
            {
                if (f != row.Absent)
                {
                    builder.Append(row.Id).Append(',').Append(Quote(row.Region)).Append(',').Append(Quote(Features[f])).Append(',')
                        .Append(Quote(row.Answers[2 * f])).Append(',').Append(Quote(row.Answers[(2 * f) + 1])).Append('\n');
                }
            }
        }

        return builder.ToString();
    }

    private string Answer(Random random)
    {
        int kind = random.Next(10);
        if (_withBadAnswers && random.Next(12) == 0)
        {
            return random.Next(2) == 0 ? "9" : "maybe so";
        }

        if (kind == 0)
        {
            return string.Empty;
        }

        if (kind == 1)
        {
            string label = Labels[random.Next(Labels.Length)];
            return random.Next(2) == 0 ? label : label.ToUpperInvariant() + ".";
        }

        var codes = Enumerable.Range(0, 10).Where(code => Scale.TryParse(code.ToString(System.Globalization.CultureInfo.InvariantCulture), out var answer) && answer != KanoKit.Answer.Missing).ToArray();
        return codes[random.Next(codes.Length)].ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Quote(string field) =>
        field.Contains(',', StringComparison.Ordinal) || field.Contains('"', StringComparison.Ordinal)
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
