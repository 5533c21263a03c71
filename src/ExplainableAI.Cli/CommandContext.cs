using System.CommandLine;

namespace ExplainableAI.Cli;

/// <summary>What every command needs from the application: its writers and the global options.</summary>
internal sealed record CommandContext(TextWriter Output, TextWriter Error, Option<bool> Verbose);
