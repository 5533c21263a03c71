using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>A rule as recorded in a report: its descriptor plus the severity the configuration gave it.</summary>
/// <param name="Id">Rule ID.</param>
/// <param name="Title">Title.</param>
/// <param name="MessageFormat">Message format.</param>
/// <param name="Family">Family.</param>
/// <param name="DefaultSeverity">Default severity.</param>
/// <param name="EffectiveSeverity">Severity after configuration.</param>
/// <param name="Description">Help text.</param>
/// <param name="Requirements">Requirement IDs it gives evidence for.</param>
/// <param name="Options">Options with the values actually used.</param>
/// <param name="Check">The check that owns it.</param>
/// <param name="Plugin">The plugin assembly that owns it.</param>
public sealed record RuleRecord(
    string Id,
    string Title,
    string MessageFormat,
    CheckFamily Family,
    Severity DefaultSeverity,
    Severity EffectiveSeverity,
    string Description,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<RuleOptionRecord> Options,
    string Check,
    string Plugin);
