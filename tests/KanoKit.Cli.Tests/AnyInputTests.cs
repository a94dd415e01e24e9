using System.Text;

namespace KanoKit.Cli.Tests;

/// <summary>Whatever the file holds, the CLI answers with exit code 0 or 2 and never a stack trace.</summary>
public class AnyInputTests
{
    private const string Alphabet = "ab1259,;\t\"\n\r _-IiklLe";

    [Fact]
    public void Random_bytes_and_random_csv_like_text_never_crash_the_cli()
    {
        var random = new Random(20261124);
        string[] headers =
        [
            "id,wifi_functional,wifi_dysfunctional\n",
            "respondent,feature,functional,dysfunctional\n",
            "feature,A,O,M,I,R,Q\n",
            "feature,functional,dysfunctional,count\n",
            string.Empty,
        ];
        for (int run = 0; run < 300; run++)
        {
            byte[] content;
            if (run % 3 == 0)
            {
                content = new byte[random.Next(0, 200)];
                random.NextBytes(content);
            }
            else
            {
                var text = new StringBuilder(headers[random.Next(headers.Length)]);
                int length = random.Next(0, 120);
                for (int i = 0; i < length; i++)
                {
                    text.Append(Alphabet[random.Next(Alphabet.Length)]);
                }

                content = Encoding.UTF8.GetBytes(text.ToString());
            }

            using var file = TempFile.WithBytes(content);
            var result = CliRunner.Run("analyze", file.Path, "--format", run % 2 == 0 ? "json" : "table");
            Assert.True(result.ExitCode is 0 or 2, $"exit {result.ExitCode} for {Convert.ToHexString(content)}: {result.Error}");
            if (result.ExitCode == 2)
            {
                string line = Assert.Single(result.ErrorLines);
                Assert.Matches("^.+:\\d+:\\d+: .+", line);
            }
        }
    }
}
