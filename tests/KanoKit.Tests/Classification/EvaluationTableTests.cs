namespace KanoKit.Tests.Classification;

public class EvaluationTableTests
{
    public static TheoryData<Answer, Answer, KanoCategory> StandardCells => new()
    {
        // KANO-METHODS §2: rows functional, columns dysfunctional.
        { Answer.Like, Answer.Like, KanoCategory.Questionable },
        { Answer.Like, Answer.MustBe, KanoCategory.Attractive },
        { Answer.Like, Answer.Neutral, KanoCategory.Attractive },
        { Answer.Like, Answer.LiveWith, KanoCategory.Attractive },
        { Answer.Like, Answer.Dislike, KanoCategory.OneDimensional },
        { Answer.MustBe, Answer.Like, KanoCategory.Reverse },
        { Answer.MustBe, Answer.MustBe, KanoCategory.Indifferent },
        { Answer.MustBe, Answer.Neutral, KanoCategory.Indifferent },
        { Answer.MustBe, Answer.LiveWith, KanoCategory.Indifferent },
        { Answer.MustBe, Answer.Dislike, KanoCategory.MustBe },
        { Answer.Neutral, Answer.Like, KanoCategory.Reverse },
        { Answer.Neutral, Answer.MustBe, KanoCategory.Indifferent },
        { Answer.Neutral, Answer.Neutral, KanoCategory.Indifferent },
        { Answer.Neutral, Answer.LiveWith, KanoCategory.Indifferent },
        { Answer.Neutral, Answer.Dislike, KanoCategory.MustBe },
        { Answer.LiveWith, Answer.Like, KanoCategory.Reverse },
        { Answer.LiveWith, Answer.MustBe, KanoCategory.Indifferent },
        { Answer.LiveWith, Answer.Neutral, KanoCategory.Indifferent },
        { Answer.LiveWith, Answer.LiveWith, KanoCategory.Indifferent },
        { Answer.LiveWith, Answer.Dislike, KanoCategory.MustBe },
        { Answer.Dislike, Answer.Like, KanoCategory.Reverse },
        { Answer.Dislike, Answer.MustBe, KanoCategory.Reverse },
        { Answer.Dislike, Answer.Neutral, KanoCategory.Reverse },
        { Answer.Dislike, Answer.LiveWith, KanoCategory.Reverse },
        { Answer.Dislike, Answer.Dislike, KanoCategory.Questionable },
    };

    [Theory]
    [MemberData(nameof(StandardCells))]
    public void Standard_table_classifies_every_cell_as_published(Answer functional, Answer dysfunctional, KanoCategory expected)
    {
        Assert.Equal(expected, EvaluationTable.Standard.Classify(functional, dysfunctional));
        Assert.Equal(expected, EvaluationTable.Standard[functional, dysfunctional]);
    }

    [Fact]
    public void Standard_table_rows_read_back_as_given() =>
        Assert.Equal(["QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"], EvaluationTable.Standard.Rows());

    [Fact]
    public void Pouliot_table_differs_from_standard_only_on_the_must_be_and_live_with_diagonal()
    {
        var differing = new List<(Answer, Answer)>();
        for (var f = Answer.Like; f <= Answer.Dislike; f++)
        {
            for (var d = Answer.Like; d <= Answer.Dislike; d++)
            {
                if (EvaluationTable.Pouliot.Classify(f, d) != EvaluationTable.Standard.Classify(f, d))
                {
                    differing.Add((f, d));
                    Assert.Equal(KanoCategory.Questionable, EvaluationTable.Pouliot.Classify(f, d));
                }
            }
        }

        Assert.Equal([(Answer.MustBe, Answer.MustBe), (Answer.LiveWith, Answer.LiveWith)], differing);
    }

    [Theory]
    [InlineData("standard")]
    [InlineData("pouliot")]
    public void Shipped_tables_pass_the_checks_every_table_passes(string name)
    {
        var table = name == "standard" ? EvaluationTable.Standard : EvaluationTable.Pouliot;
        Assert.Equal(KanoCategory.OneDimensional, table.Classify(Answer.Like, Answer.Dislike));
        Assert.Equal(KanoCategory.Questionable, table.Classify(Answer.Like, Answer.Like));
        Assert.Equal(KanoCategory.Questionable, table.Classify(Answer.Dislike, Answer.Dislike));
    }

    [Fact]
    public void Custom_table_from_rows_classifies_by_its_rows()
    {
        var table = EvaluationTable.FromRows("custom", "qaaao", "RIIIM", "RIIIM", "RIIIM", "RRRRA");
        Assert.Equal(KanoCategory.Attractive, table.Classify(Answer.Dislike, Answer.Dislike));
        Assert.Equal("custom", table.Name);
        Assert.NotEqual(EvaluationTable.Standard, table);
        Assert.Equal(EvaluationTable.Standard, EvaluationTable.FromRows("copy", "QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRRQ"));
    }

    [Theory]
    [InlineData(new[] { "QAAAO", "RIIIM", "RIIIM", "RIIIM" }, "5 rows")]
    [InlineData(new[] { "QAAAO", "RIIIM", "RIIIM", "RIIIM", "RRRQ" }, "5 category letters")]
    [InlineData(new[] { "QAAAO", "RIIIM", "RIXIM", "RIIIM", "RRRRQ" }, "'X' is not a category letter")]
    public void Malformed_rows_are_rejected_with_the_reason(string[] rows, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => EvaluationTable.FromRows("bad", rows));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Missing_answers_are_not_classified()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationTable.Standard.Classify(Answer.Missing, Answer.Like));
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationTable.Standard.Classify(Answer.Like, (Answer)6));
    }

    [Fact]
    public void Category_letters_are_AOMIRQ()
    {
        Assert.Equal("AOMIRQ", string.Concat(KanoCategories.All.Select(c => c.Letter())));
        foreach (var category in KanoCategories.All)
        {
            Assert.True(KanoCategories.TryFromLetter(char.ToLowerInvariant(category.Letter()), out var read));
            Assert.Equal(category, read);
        }

        Assert.False(KanoCategories.TryFromLetter('X', out _));
    }
}
