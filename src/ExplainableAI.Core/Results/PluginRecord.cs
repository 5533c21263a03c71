namespace ExplainableAI.Core;

/// <summary>A plugin assembly the host tried to load.</summary>
/// <param name="Name">Assembly name.</param>
/// <param name="Version">Assembly version.</param>
/// <param name="Path">Where it was loaded from.</param>
/// <param name="Sha256">SHA-256 of the assembly file.</param>
/// <param name="Checks">Names of the checks it contributed.</param>
/// <param name="Error">Why it failed to load, or <see langword="null"/>.</param>
public sealed record PluginRecord(string Name, string Version, string Path, string Sha256, IReadOnlyList<string> Checks, string? Error = null)
{
    /// <summary>The file in the report set holding what the plugin wrote to its console (<c>plugins.log</c>), or <see langword="null"/> when it wrote nothing or ran in the host.</summary>
    public string? ConsoleLog { get; init; }
}
