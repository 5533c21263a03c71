using System.Reflection;
using ExplainableAI.Core;

namespace ExplainableAI.Cli;

/// <summary>The tool's name and version as recorded in every report.</summary>
internal static class ToolIdentity
{
    public static ToolInfo Current { get; } = new(
        "ExplainableAI",
        typeof(ToolIdentity).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion?.Split('+')[0] ?? "0.0.0");
}
