using System.Runtime.CompilerServices;

namespace ExplainableAI.Cli.Tests;

/// <summary>
/// Every audit records its run in the registry; the tests' audits must not write into the user's own registry, so this
/// test process (and the CLI processes it starts) use a registry file of its own, unless a test names one.
/// </summary>
internal static class RegistryIsolation
{
    [ModuleInitializer]
    internal static void UseATestRegistry() =>
        Environment.SetEnvironmentVariable("XAI_REGISTRY", Path.Combine(Path.GetTempPath(), $"xai-cli-tests-{Environment.ProcessId}.db"));
}
