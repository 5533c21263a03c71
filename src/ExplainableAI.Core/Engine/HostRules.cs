using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// The host's own rules (XAI0xxx). Like Roslyn's AD0001, a plugin or check that misbehaves becomes a finding the
/// reviewer can see, instead of a crash that loses the whole audit.
/// </summary>
public static class HostRules
{
    /// <summary>A plugin assembly could not be loaded.</summary>
    public static readonly RuleDescriptor PluginLoadFailed = new(
        "XAI0001",
        "Plugin failed to load",
        "Plugin '{0}' could not be loaded: {1}",
        CheckFamily.Host,
        Severity.Error,
        "The plugin's checks did not run, so the audit is missing their evidence. Rebuild the plugin against this SDK version or remove it from the plugin folders.");

    /// <summary>A check threw an exception.</summary>
    public static readonly RuleDescriptor CheckFailed = new(
        "XAI0002",
        "Check failed to run",
        "Check '{0}' failed: {1}",
        CheckFamily.Host,
        Severity.Error,
        "The check threw an exception, so its rules gave no evidence. The audit went on with the other checks.");

    /// <summary>A check ran past its timeout.</summary>
    public static readonly RuleDescriptor CheckTimedOut = new(
        "XAI0003",
        "Check timed out",
        "Check '{0}' did not finish within {1} s",
        CheckFamily.Host,
        Severity.Error,
        "The check ran past its timeout and was abandoned; raise checks.timeout_seconds in the manifest if the data are large.");

    /// <summary>A check was skipped: an input it needs is absent, or it said its inputs do not fit (<see cref="CheckContext.Skip"/>).</summary>
    public static readonly RuleDescriptor CheckSkipped = new(
        "XAI0004",
        "Check skipped",
        "Check '{0}' was skipped: {1}",
        CheckFamily.Host,
        Severity.Info,
        "The check needs an input this audit does not have (a model, a label, a reference dataset or scores), or said why its inputs do not fit it.");

    /// <summary>The configuration names a rule no loaded check declares.</summary>
    public static readonly RuleDescriptor UnknownRuleConfigured = new(
        "XAI0005",
        "Configuration names an unknown rule",
        "The configuration sets '{0}' for rule '{1}', which no loaded check declares",
        CheckFamily.Host,
        Severity.Warning,
        "A severity, option or suppression for a rule that is not loaded has no effect: check the rule ID or load the plugin that declares it.");

    /// <summary>A check completed without a finding, a measurement or a reason to skip.</summary>
    public static readonly RuleDescriptor CheckReportedNothing = new(
        "XAI0006",
        "Check reported nothing",
        "Check '{0}' completed without a finding, a measurement or a reason to skip",
        CheckFamily.Host,
        Severity.Warning,
        "A check that publishes nothing cannot be told apart from one that passed, so its rules gave no evidence. The check "
        + "should publish what it measured, or call Skip with the reason its inputs do not fit; report this to its author.");

    /// <summary>All host rules.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = [PluginLoadFailed, CheckFailed, CheckTimedOut, CheckSkipped, UnknownRuleConfigured, CheckReportedNothing];
}
