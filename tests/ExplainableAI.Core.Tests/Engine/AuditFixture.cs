using ExplainableAI.Sdk;

namespace ExplainableAI.Core.Tests;

internal static class AuditFixture
{
    public static TabularData Data() => new(
        "data.csv",
        [
            new DataColumn("age", ColumnKind.Numeric, [30, 40, 50, double.NaN]),
            new DataColumn("score", ColumnKind.Numeric, [0.2, 0.4, 0.6, 0.8]),
        ],
        "/data/data.csv",
        "abc");

    public static AuditRequest Request(CheckConfiguration? configuration = null, int seed = 7, string? scoreColumn = null, string? label = null) => new(
        new RegistrationRecord(new RegistrationInfo("m", "1", "test", label, null, [], 0.5, scoreColumn), new RegulatoryFacts(), "/m/manifest.yaml"),
        Data(),
        null,
        null,
        configuration ?? CheckConfiguration.Default,
        seed);

    public static AuditEngine Engine(params AuditCheck[] checks) =>
        new(PluginLoader.FromInstances(checks), new ToolInfo("xai-test", "1.0"), new FixedTime());

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    }
}
