using KanoKit.Answers;

namespace KanoKit.Tests.Answers;

/// <summary>The answer lexicon: every wording of docs/lexicon.md (Berger et al. 1993; Kano et al. 1984; German, Chinese, Spanish practice) reads as its answer.</summary>
public sealed class LexiconTests
{
    public static TheoryData<string, Answer> DocumentedWordings()
    {
        var data = new TheoryData<string, Answer>();
        foreach (string line in File.ReadLines(Path.Combine(TestData.RepositoryRoot(), "docs", "lexicon.md")))
        {
            string[] cells = line.Split('|', StringSplitOptions.TrimEntries);
            if (cells.Length == 6 && Enum.TryParse<Answer>(cells[2], out var answer))
            {
                data.Add(cells[1], answer);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedWordings))]
    public void Every_documented_wording_reads_as_its_answer(string wording, Answer expected)
    {
        Assert.Equal(expected, AnswerScale.Standard.Parse(wording));
        Assert.Equal(expected, AnswerScale.Standard.Parse(wording.ToUpperInvariant() + " ."));
    }

    [Fact]
    public void The_table_lists_every_built_in_label()
    {
        var documented = DocumentedWordings().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.All(AnswerScale.BuiltInLabels, pair => Assert.Contains(pair.Key, documented));
        Assert.True(documented.Count >= 100);
    }

    [Theory]
    [InlineData("I like it that way", Answer.Like)] // Berger et al. 1993, p. 4
    [InlineData("It must be that way", Answer.MustBe)]
    [InlineData("I am neutral", Answer.Neutral)]
    [InlineData("I can live with it that way", Answer.LiveWith)]
    [InlineData("I dislike it that way", Answer.Dislike)]
    [InlineData("I\u2019m neutral", Answer.Neutral)]
    [InlineData("\u201CI tolerate it\u201D", Answer.LiveWith)]
    [InlineData("  i   EXPECT it!! ", Answer.MustBe)]
    [InlineData("Würde mich sehr freuen", Answer.Like)]
    [InlineData("Setze ich voraus", Answer.MustBe)]
    [InlineData("Ist mir egal", Answer.Neutral)]
    [InlineData("Würde mich sehr stören", Answer.Dislike)]
    public void Wordings_match_ignoring_case_quotes_punctuation_and_a_leading_pronoun(string text, Answer expected) =>
        Assert.Equal(expected, AnswerScale.Standard.Parse(text));

    [Theory]
    [InlineData("I like it not")]
    [InlineData("I don't like it that way much")]
    [InlineData("I love it")]
    [InlineData("I")]
    [InlineData("it")]
    [InlineData("I can't live with it")]
    [InlineData("Würde mich nicht freuen")]
    public void Near_misses_are_rejected(string text) => Assert.False(AnswerScale.Standard.TryParse(text, out _));
}
