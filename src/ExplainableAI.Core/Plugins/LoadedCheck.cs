using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>A check instance and the plugin it came from.</summary>
/// <param name="Check">The check.</param>
/// <param name="Plugin">The plugin assembly's name.</param>
public sealed record LoadedCheck(AuditCheck Check, string Plugin);
