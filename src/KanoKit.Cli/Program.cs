using System.Globalization;
using KanoKit.Cli;

// Numbers on the command line are read as written in the docs ("0.95"), so help shows them that way too, whatever the
// user's locale (a German LANG made help print "[default: 0,95]", which the parser then refused); messages are English.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
return KanoCommand.Run(args, Console.Out, Console.Error);
