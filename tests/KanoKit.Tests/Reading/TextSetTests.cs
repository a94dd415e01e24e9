using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;

namespace KanoKit.Tests.Reading;

public class TextSetTests
{
    [Property(MaxTest = 200)]
    public Property Behaves_as_an_insertion_ordered_set_of_strings() =>
        Prop.ForAll(
            Gen.Elements("a", "b", "A", "", "ab", "ba", "wifi", "Wi-Fi", "respondent 7", "ä", "日本").ListOf().ToArbitrary(),
            texts =>
            {
                var set = new TextSet();
                var expected = new List<string>();
                foreach (string text in texts)
                {
                    int index = set.Add(text, out bool added);
                    bool isNew = !expected.Contains(text);
                    if (isNew)
                    {
                        expected.Add(text);
                    }

                    if (added != isNew || index != expected.IndexOf(text) || set.IndexOf(text) != index)
                    {
                        return false;
                    }
                }

                return set.Count == expected.Count
                    && expected.Select((text, i) => set.StringAt(i) == text && set[i].SequenceEqual(text)).All(ok => ok)
                    && set.IndexOf("never added") == -1;
            });

    [Fact]
    public void Thousands_of_ids_survive_rehashing()
    {
        var set = new TextSet();
        for (int i = 0; i < 50_000; i++)
        {
            Assert.Equal(i, set.Add($"R{i:D6}", out bool added));
            Assert.True(added);
        }

        Assert.Equal(12_345, set.IndexOf("R012345"));
        Assert.Equal(50_000, set.Count);
    }
}
