namespace ExplainableAI.Core;

/// <summary>The tool that produced a report.</summary>
/// <param name="Name">Tool name.</param>
/// <param name="Version">Tool version.</param>
public sealed record ToolInfo(string Name, string Version);
