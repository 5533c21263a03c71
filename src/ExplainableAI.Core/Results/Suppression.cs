namespace ExplainableAI.Core;

/// <summary>Why a finding was waived. The report shows it: a reviewer must see what was waived, and why.</summary>
/// <param name="Justification">The user's reason, mandatory.</param>
/// <param name="Source">Where the suppression was declared (the manifest's path).</param>
public sealed record Suppression(string Justification, string? Source = null);
