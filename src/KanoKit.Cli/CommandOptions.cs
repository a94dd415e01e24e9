using System.CommandLine;
using System.Globalization;

namespace KanoKit.Cli;

/// <summary>Options whose values are checked while the command line is parsed: a wrong value is a usage error naming the option and what it accepts.</summary>
internal static class CommandOptions
{
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params string[] values)
    {
        var option = new Option<T>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    public static Option<int?> AtLeast(Option<int?> option, int minimum, string expected)
    {
        option.Validators.Add(result =>
        {
            if (Unparsable(result, option.Name, expected, integer: true))
            {
                return;
            }

            if (result.GetValueOrDefault<int?>() is int value && value < minimum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name}: {value} is out of range (expected {expected}, at least {minimum})"));
            }
        });
        return option;
    }

    /// <summary>A number option accepted only within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static Option<double> Within(string name, string description, double defaultValue, double minimum, double maximum, string expected)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (Unparsable(result, name, expected, integer: false))
            {
                return;
            }

            double value = result.GetValueOrDefault<double>();
            if (!(value >= minimum && value <= maximum))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range (expected {expected})"));
            }
        });
        return option;
    }

    /// <summary>A text option accepted only as one of <paramref name="values"/>: a wrong value names the option and lists them.</summary>
    public static Option<string> OneOf(string name, string description, string defaultValue, params string[] values)
    {
        var option = new Option<string>(name) { Description = $"{description} One of: {string.Join(", ", values)}.", DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            string? value = result.GetValueOrDefault<string>();
            if (value is null || !values.Contains(value))
            {
                result.AddError($"{name}: '{value}' is not one of the choices (expected {string.Join(", ", values[..^1])} or {values[^1]})");
            }
        });
        return option;
    }

    /// <summary>A whole-number option accepted only within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static Option<int> WithinInteger(string name, string description, int defaultValue, int minimum, int maximum, string expected)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            if (Unparsable(result, name, expected, integer: true))
            {
                return;
            }

            int value = result.GetValueOrDefault<int>();
            if (value < minimum || value > maximum)
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range (expected {expected})"));
            }
        });
        return option;
    }

    /// <summary>A seed: a whole number from 0 to 2⁶⁴ − 1; anything else names the option and what it accepts.</summary>
    public static Option<ulong> Seed(string name, string description, ulong defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
            {
                return seed;
            }

            result.AddError($"{name}: '{text}' is not a seed (expected a whole number from 0 to {ulong.MaxValue})");
            return defaultValue;
        },
    };

    /// <summary>An optional fraction in [0, 1].</summary>
    public static Option<double?> Fraction(string name, string description)
    {
        var option = new Option<double?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (Unparsable(result, name, "a fraction between 0 and 1, e.g. 0.1", integer: false))
            {
                return;
            }

            if (result.GetValueOrDefault<double?>() is double value && !(value >= 0 && value <= 1))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range (expected a fraction between 0 and 1, e.g. 0.1)"));
            }
        });
        return option;
    }

    /// <summary>A repeatable exclusion rule option; each value must read as a <see cref="Surveys.ExclusionRule"/>.</summary>
    public static Option<string[]> Exclusions(string name, string description)
    {
        var option = new Option<string[]>(name) { Description = description, AllowMultipleArgumentsPerToken = false };
        option.Validators.Add(result =>
        {
            foreach (string text in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Surveys.ExclusionRule.TryParse(text, out _, out string? problem))
                {
                    result.AddError($"{name}: {problem}");
                }
            }
        });
        return option;
    }

    /// <summary>
    /// Whether the option's text is not a number; then the error names the option, the text and what it accepts
    /// (instead of the parser's own message in .NET type names, or an exception from reading the value).
    /// </summary>
    private static bool Unparsable(System.CommandLine.Parsing.OptionResult result, string name, string expected, bool integer)
    {
        foreach (var token in result.Tokens)
        {
            bool number = integer
                ? int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
                : double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            if (!number)
            {
                result.AddError($"{name}: '{token.Value}' is not {(integer ? "a whole number" : "a number")} (expected {expected})");
                return true;
            }
        }

        return false;
    }
}
