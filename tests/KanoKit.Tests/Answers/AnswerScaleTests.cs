using KanoKit.Answers;

namespace KanoKit.Tests.Answers;

public class AnswerScaleTests
{
    [Theory]
    [InlineData("1", Answer.Like)]
    [InlineData("2", Answer.MustBe)]
    [InlineData("3", Answer.Neutral)]
    [InlineData("4", Answer.LiveWith)]
    [InlineData("5", Answer.Dislike)]
    [InlineData(" 5 ", Answer.Dislike)]
    [InlineData("", Answer.Missing)]
    [InlineData("   ", Answer.Missing)]
    public void Standard_scale_reads_codes_1_to_5_and_empty_as_missing(string text, Answer expected) =>
        Assert.Equal(expected, AnswerScale.Standard.Parse(text));

    [Theory]
    [InlineData("1", Answer.Dislike)]
    [InlineData("2", Answer.LiveWith)]
    [InlineData("3", Answer.Neutral)]
    [InlineData("4", Answer.MustBe)]
    [InlineData("5", Answer.Like)]
    public void Reversed_scale_reads_1_as_dislike_and_5_as_like(string text, Answer expected) =>
        Assert.Equal(expected, AnswerScale.Reversed.Parse(text));

    [Theory]
    [InlineData("0", Answer.Like)]
    [InlineData("4", Answer.Dislike)]
    public void Zero_based_scale_reads_0_to_4(string text, Answer expected) =>
        Assert.Equal(expected, AnswerScale.ZeroBased.Parse(text));

    [Theory]
    [InlineData("I like it", Answer.Like)]
    [InlineData("i like it that way", Answer.Like)]
    [InlineData("  I LIKE IT.  ", Answer.Like)]
    [InlineData("It must be that way", Answer.MustBe)]
    [InlineData("Must-be", Answer.MustBe)]
    [InlineData("must be", Answer.MustBe)]
    [InlineData("I don't care", Answer.Neutral)]
    [InlineData("I dont care", Answer.Neutral)]
    [InlineData("I can live with it", Answer.LiveWith)]
    [InlineData("I can tolerate it", Answer.LiveWith)]
    [InlineData("I dislike it that way", Answer.Dislike)]
    [InlineData("Das würde mich sehr freuen", Answer.Like)]
    [InlineData("das setze ich voraus", Answer.MustBe)]
    [InlineData("Das ist mir egal", Answer.Neutral)]
    [InlineData("Das nehme ich in Kauf", Answer.LiveWith)]
    [InlineData("Das würde mich sehr stören", Answer.Dislike)]
    [InlineData("我喜欢", Answer.Like)]
    [InlineData("我喜歡", Answer.Like)]
    [InlineData("理所当然", Answer.MustBe)]
    [InlineData("理所當然", Answer.MustBe)]
    [InlineData("无所谓", Answer.Neutral)]
    [InlineData("無所謂", Answer.Neutral)]
    [InlineData("能忍受", Answer.LiveWith)]
    [InlineData("我不喜欢", Answer.Dislike)]
    [InlineData("我不喜歡", Answer.Dislike)]
    [InlineData("気に入る", Answer.Like)]
    [InlineData("当然だ", Answer.MustBe)]
    [InlineData("どちらでもない", Answer.Neutral)]
    [InlineData("仕方がない", Answer.LiveWith)]
    [InlineData("気に入らない", Answer.Dislike)]
    [InlineData("Me gusta", Answer.Like)]
    [InlineData("Lo espero", Answer.MustBe)]
    [InlineData("Me es indiferente", Answer.Neutral)]
    [InlineData("Lo tolero", Answer.LiveWith)]
    [InlineData("No me gusta", Answer.Dislike)]
    [InlineData("Debe ser así", Answer.MustBe)]
    public void Built_in_labels_match_ignoring_case_space_and_punctuation(string text, Answer expected)
    {
        Assert.Equal(expected, AnswerScale.Standard.Parse(text));
        Assert.Equal(expected, AnswerScale.Reversed.Parse(text));
    }

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("I love it")]
    [InlineData("maybe")]
    public void Unknown_codes_and_labels_are_rejected_not_guessed(string text)
    {
        Assert.False(AnswerScale.Standard.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => AnswerScale.Standard.Parse(text));
        Assert.Contains("1–5", error.Message);
    }

    [Fact]
    public void Custom_scale_maps_its_own_codes_and_labels()
    {
        var scale = AnswerScale.Create(
            "seven-point",
            [KeyValuePair.Create(10, Answer.Like), KeyValuePair.Create(20, Answer.Dislike)],
            [KeyValuePair.Create("Super", Answer.Like), KeyValuePair.Create("Awful", Answer.Dislike)]);

        Assert.Equal(Answer.Like, scale.Parse("10"));
        Assert.Equal(Answer.Dislike, scale.Parse("awful!"));
        Assert.False(scale.TryParse("1", out _));
        Assert.False(scale.TryParse("I like it", out _));
        Assert.Contains("10, 20", scale.Expected);
    }

    [Fact]
    public void A_label_mapped_to_two_answers_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => AnswerScale.Create(
            "conflict", [], [KeyValuePair.Create("Yes", Answer.Like), KeyValuePair.Create("yes!", Answer.Dislike)]));
        Assert.Throws<ArgumentException>(() => AnswerScale.Standard.WithLabels([KeyValuePair.Create("I like it", Answer.Dislike)]));
    }

    [Fact]
    public void A_scale_cannot_map_to_missing()
    {
        Assert.Throws<ArgumentException>(() => AnswerScale.Create("bad", [KeyValuePair.Create(9, Answer.Missing)], []));
    }

    [Fact]
    public void WithLabels_adds_labels_and_keeps_codes()
    {
        var scale = AnswerScale.Standard.WithLabels([KeyValuePair.Create("Thumbs up", Answer.Like)]);
        Assert.Equal(Answer.Like, scale.Parse("thumbs-up"));
        Assert.Equal(Answer.Dislike, scale.Parse("5"));
        Assert.Equal(Answer.Dislike, scale.Parse("I dislike it"));
    }

    [Fact]
    public void Every_built_in_label_reads_back_as_its_answer()
    {
        foreach (var (label, answer) in AnswerScale.BuiltInLabels)
        {
            Assert.Equal(answer, AnswerScale.Standard.Parse(label));
        }
    }
}
