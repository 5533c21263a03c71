using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>
/// A check that runs in its plugin's process, as the engine sees it: the name, rules and inputs the plugin reported at
/// load, and a <see cref="RunAsync"/> that replays the plugin process's findings, measurements, skips and progress into
/// the engine's context. The engine needs no other change: a process that dies throws here (XAI0002), and the check's
/// timeout ends the process (XAI0003).
/// </summary>
internal sealed class IsolatedCheck : AuditCheck
{
    private readonly PluginProcess process;

    public IsolatedCheck(WireCheck check, PluginProcess process)
    {
        this.process = process;
        Name = check.Name;
        RequiredInputs = check.RequiredInputs;
        Rules = [.. check.Rules.Select(r => r.ToDescriptor())];
    }

    public override IReadOnlyList<RuleDescriptor> Rules { get; }

    public override string Name { get; }

    public override CheckInputs RequiredInputs { get; }

    public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken) =>
        new(process.RunAsync(this, context, cancellationToken));
}
