using System.CommandLine;
using System.Globalization;
using KanoKit.Statistics;

namespace KanoKit.Cli;

/// <summary>
/// <c>kanokit plan</c>: respondents needed for a planned study, either for a given interval half-width on Better or
/// |Worse| (<c>--half-width</c>) or to detect a difference between two segments (<c>--difference p1 p2</c>), with the
/// formula named.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(TextWriter output)
    {
        var halfWidth = CommandOptions.Fraction("--half-width", "Plan for this interval half-width E of Better or |Worse|, e.g. 0.05 for ±5 points.");
        var difference = new Option<double[]>("--difference")
        {
            Description = "Plan to detect a difference between two segments' Better (or |Worse|), e.g. --difference 0.30 0.45.",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var confidence = CommandOptions.Within("--confidence", "With --half-width: the two-sided confidence level.", 0.95, 0.5, 0.999999, "a confidence level between 0.5 and 0.999999, e.g. 0.95");
        var coefficient = CommandOptions.Within("--expected", "With --half-width: the expected Better or |Worse| (0.5, the default, is the worst case).", 0.5, 0, 1, "a fraction between 0 and 1, e.g. 0.5");
        var signalShare = CommandOptions.Within("--signal-share", "The expected share of respondents whose answer pair is A, O, M or I (Better and Worse count only these; R, Q and missing answers do not).", 1, double.Epsilon, 1, "a fraction in (0, 1], e.g. 0.8");
        var alpha = CommandOptions.Within("--alpha", "With --difference: the two-sided significance level.", 0.05, double.Epsilon, 0.5, "a level in (0, 0.5], e.g. 0.05");
        var power = CommandOptions.Within("--power", "With --difference: the power 1 − β.", 0.8, 0.5, 0.9999, "a power between 0.5 and 0.9999, e.g. 0.8");

        var command = new Command("plan", "Respondents needed for a Kano study: for a given interval half-width on Better/Worse, or to see a given difference between two segments.");
        foreach (Option option in (Option[])[halfWidth, difference, confidence, coefficient, signalShare, alpha, power])
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(halfWidth) is { } widthResult
                && widthResult.Tokens.Any(t => !double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                return; // the option's own validator names the problem
            }

            bool width = result.GetValue(halfWidth) is not null;
            if (result.GetResult(difference) is { } given
                && (given.Tokens.Count != 2 || given.Tokens.Any(t => !double.TryParse(t.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))))
            {
                result.AddError("--difference: give two proportions (expected e.g. --difference 0.30 0.45)");
                return;
            }

            double[]? pair = result.GetResult(difference) is null ? null : result.GetValue(difference);
            if (width == (pair is not null))
            {
                result.AddError("Give exactly one of --half-width <E> and --difference <p1> <p2>.");
            }

            if (result.GetValue(halfWidth) is double e && !(e > 0 && e <= 0.5))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"--half-width: {e} is out of range (expected a half-width in (0, 0.5], e.g. 0.05)"));
            }

            if (pair is [double p1, double p2])
            {
                if (!(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1))
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"--difference: {p1} {p2} are not both proportions (expected two fractions between 0 and 1, e.g. 0.30 0.45)"));
                }
                else if (p1 == p2)
                {
                    result.AddError(string.Create(CultureInfo.InvariantCulture, $"--difference: {p1} and {p2} are equal (expected two different proportions: no sample size detects a zero difference)"));
                }
            }
        });

        command.SetAction(parse =>
        {
            var c = CultureInfo.InvariantCulture;
            double share = parse.GetValue(signalShare);
            string shareText = share == 1 ? "every respondent giving a signal pair (A, O, M or I)" : string.Create(c, $"{share:0.###} of respondents giving a signal pair (A, O, M or I)");
            if (parse.GetValue(halfWidth) is double e)
            {
                double level = parse.GetValue(confidence), p = parse.GetValue(coefficient);
                long pairs = SampleSize.ForHalfWidth(e, level, p);
                long respondents = SampleSize.RespondentsForCoefficient(e, level, share, p);
                double z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - level) / 2));
                output.WriteLine(string.Create(c, $"respondents needed: {respondents}"));
                output.WriteLine(string.Create(c, $"  for a half-width of ±{e} on Better or |Worse| at {level * 100:0.####} % confidence, expected value {p}, {shareText}"));
                output.WriteLine(string.Create(c, $"  formula: n′ = ⌈z² p (1 − p) / E²⌉ = ⌈{z:0.####}² · {p} · {1 - p} / {e}²⌉ = {pairs} signal pairs (normal approximation; Cochran 1977, Sampling Techniques, §4.4)"));
                output.WriteLine(string.Create(c, $"           respondents = ⌈n′ / signal share⌉ = ⌈{pairs} / {share}⌉ = {respondents}"));
                return KanoCommand.Ok;
            }

            double[] values = parse.GetValue(difference)!;
            double p1 = values[0], p2 = values[1], a = parse.GetValue(alpha), pw = parse.GetValue(power);
            double exact = SampleSize.PerGroupForDifferenceExact(p1, p2, a, pw);
            long perGroup = SampleSize.PerGroupForDifference(p1, p2, a, pw);
            long perSegment = (long)Math.Ceiling((perGroup / share) - 1e-9);
            output.WriteLine(string.Create(c, $"respondents needed per segment: {perSegment} ({2 * perSegment} in two equal segments)"));
            output.WriteLine(string.Create(c, $"  to detect {p1} against {p2} (Better or |Worse|) with a two-sided test at α = {a} with power {pw}, {shareText}"));
            output.WriteLine(string.Create(c, $"  formula: n = [z₁₋α/₂ √(2 p̄ (1 − p̄)) + z₁₋β √(p₁(1 − p₁) + p₂(1 − p₂))]² / (p₁ − p₂)², p̄ = (p₁ + p₂) / 2"));
            output.WriteLine(string.Create(c, $"           = {exact:0.##} → {perGroup} signal pairs per segment (normal approximation without continuity correction; Fleiss, Levin & Paik 2003, eq. 4.14; R power.prop.test)"));
            output.WriteLine(string.Create(c, $"           respondents per segment = ⌈{perGroup} / {share}⌉ = {perSegment}"));
            return KanoCommand.Ok;
        });
        return command;
    }
}
