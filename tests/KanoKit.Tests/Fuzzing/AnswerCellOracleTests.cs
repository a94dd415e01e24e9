using System.Globalization;
using System.Text;
using KanoKit.Reading;

namespace KanoKit.Tests.Fuzzing;

/// <summary>
/// Lenient reads of wide and long files whose damage is confined to answer cells count exactly what a straightforward
/// independent count finds: a cell is an answer when it is a code 1–5 (surrounding white space allowed), missing when
/// blank, and anything else makes its pair rejected; per feature n + missing + rejected = respondents.
/// </summary>
public class AnswerCellOracleTests
{
    private static readonly string[] Junk = ["7", "0", "x", "-1", "1.5", "99999999999999999999", "1e308", "yes", "I adore it", "\"5,5\"", "\"\"\"x\"\"\""];

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 2)]
    [InlineData(false, 3)]
    [InlineData(true, 4)]
    [InlineData(true, 5)]
    [InlineData(true, 6)]
    public void Damaged_answer_cells_are_counted_as_an_independent_count_says(bool longLayout, int seed)
    {
        for (int round = 0; round < 40; round++)
        {
            var random = new Random((seed * 1000) + round);
            int respondents = 1 + random.Next(30);
            int features = 1 + random.Next(5);
            var cells = new string?[respondents, features, 2]; // null: the long file has no row for this pair
            for (int r = 0; r < respondents; r++)
            {
                for (int f = 0; f < features; f++)
                {
                    bool absent = longLayout && random.Next(8) == 0 && !(r == 0 && f == 0);
                    for (int side = 0; side < 2; side++)
                    {
                        cells[r, f, side] = absent ? null : Cell(random, first: r == 0 && f == 0);
                    }
                }
            }

            var text = longLayout ? Long(cells) : Wide(cells);
            var data = SurveyFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "oracle.csv", new SurveyReadOptions { Mode = ReadMode.Lenient });

            // Long files: a respondent is known when any row names them; features in first-seen order.
            var order = new List<int>();
            for (int r = 0; r < respondents && longLayout; r++)
            {
                for (int f = 0; f < features; f++)
                {
                    if (cells[r, f, 0] is not null && !order.Contains(f))
                    {
                        order.Add(f);
                    }
                }
            }

            if (!longLayout)
            {
                order.AddRange(Enumerable.Range(0, features));
            }

            long expectedRespondents = longLayout
                ? Enumerable.Range(0, respondents).Count(r => Enumerable.Range(0, features).Any(f => cells[r, f, 0] is not null))
                : respondents;
            Assert.True(expectedRespondents == data.Respondents, $"{text}\nrespondents {data.Respondents}, expected {expectedRespondents}");
            Assert.Equal(order.Count, data.Tallies.Features.Count);
            for (int k = 0; k < order.Count; k++)
            {
                int f = order[k];
                var (cellCounts, missing, rejected) = Count(cells, f, longLayout);
                var tally = data.Tallies.Features[k];
                Assert.Equal($"f{f}", tally.Name);
                Assert.True((missing, rejected) == (tally.Tally.Missing, tally.Rejected), $"{text}\nfeature f{f}: missing/rejected {tally.Tally.Missing}/{tally.Rejected}, expected {missing}/{rejected}");
                for (int a = 1; a <= 5; a++)
                {
                    for (int b = 1; b <= 5; b++)
                    {
                        Assert.Equal(cellCounts[a - 1, b - 1], tally.Tally[(Answer)a, (Answer)b]);
                    }
                }

                Assert.Equal(data.Respondents, tally.Tally.Total + tally.Tally.Missing + tally.Rejected);
            }
        }
    }

    /// <summary>A valid code, a blank, or junk; the very first pair always holds a code, so no data row looks like a header row.</summary>
    private static string Cell(Random random, bool first) => first || random.Next(3) > 0
        ? (random.Next(6) == 0 ? " " : string.Empty) + (1 + random.Next(5)).ToString(CultureInfo.InvariantCulture)
        : random.Next(3) == 0 ? (random.Next(2) == 0 ? string.Empty : "  ") : Junk[random.Next(Junk.Length)];

    private static (long[,] Cells, long Missing, long Rejected) Count(string?[,,] cells, int f, bool longLayout)
    {
        var counts = new long[5, 5];
        long missing = 0, rejected = 0;
        for (int r = 0; r < cells.GetLength(0); r++)
        {
            if (cells[r, f, 0] is null)
            {
                if (!longLayout || Enumerable.Range(0, cells.GetLength(1)).Any(g => cells[r, g, 0] is not null))
                {
                    missing++; // a known respondent without a row for the feature
                }

                continue;
            }

            int? a = Code(cells[r, f, 0]!), b = Code(cells[r, f, 1]!);
            if (a == -1 || b == -1)
            {
                rejected++;
            }
            else if (a is null || b is null)
            {
                missing++;
            }
            else
            {
                counts[a.Value - 1, b.Value - 1]++;
            }
        }

        return (counts, missing, rejected);
    }

    /// <summary>1–5 for a code, null for a blank, −1 for anything else.</summary>
    private static int? Code(string cell)
    {
        string trimmed = cell.Trim();
        return trimmed.Length == 0 ? null : trimmed.Length == 1 && trimmed[0] is >= '1' and <= '5' ? trimmed[0] - '0' : -1;
    }

    private static string Wide(string?[,,] cells)
    {
        var text = new StringBuilder("id");
        for (int f = 0; f < cells.GetLength(1); f++)
        {
            text.Append(CultureInfo.InvariantCulture, $",f{f}_functional,f{f}_dysfunctional");
        }

        for (int r = 0; r < cells.GetLength(0); r++)
        {
            text.Append('\n').Append('r').Append(r);
            for (int f = 0; f < cells.GetLength(1); f++)
            {
                text.Append(',').Append(cells[r, f, 0]).Append(',').Append(cells[r, f, 1]);
            }
        }

        return text.Append('\n').ToString();
    }

    private static string Long(string?[,,] cells)
    {
        var text = new StringBuilder("respondent,feature,functional,dysfunctional\n");
        for (int r = 0; r < cells.GetLength(0); r++)
        {
            for (int f = 0; f < cells.GetLength(1); f++)
            {
                if (cells[r, f, 0] is not null)
                {
                    text.Append(CultureInfo.InvariantCulture, $"r{r},f{f},{cells[r, f, 0]},{cells[r, f, 1]}\n");
                }
            }
        }

        return text.ToString();
    }
}
