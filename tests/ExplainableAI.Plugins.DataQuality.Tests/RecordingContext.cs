using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.DataQuality.Tests;

/// <summary>A bare context for calling a check directly (outside the engine): records progress, fails on predictions.</summary>
internal sealed class RecordingContext(TabularData data, string? label = null, IAuditModel? model = null) : CheckContext
{
    public List<double> Progress { get; } = [];

    public override RegistrationInfo Registration { get; } = new("m", "0", "test", label, null, []);

    public override TabularData Evaluation => data;

    public override TabularData? Reference => null;

    public override IAuditModel? Model => model;

    public override Random Random { get; } = new(1);

    public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Data-quality checks must not ask for predictions.");

    public override double Option(RuleDescriptor rule, string name) =>
        rule.FindOption(name)?.DefaultValue ?? throw new ArgumentException($"Rule {rule.Id} does not declare option '{name}'.", nameof(name));

    public override void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments)
    {
    }

    public override void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null)
    {
    }

    public override void ReportProgress(double fraction) => Progress.Add(fraction);
}
