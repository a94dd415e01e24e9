using KanoKit.Cli;

return KanoCommand.Run(args, Console.Out, Console.Error);
