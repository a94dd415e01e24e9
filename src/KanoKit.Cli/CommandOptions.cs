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
            double value = result.GetValueOrDefault<double>();
            if (!(value >= minimum && value <= maximum))
            {
                result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name}: {value} is out of range (expected {expected})"));
            }
        });
        return option;
    }
}
