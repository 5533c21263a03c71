using ExplainableAI.Sdk;

namespace ExplainableAI.Benchmarks.Performance;

/// <summary>A minimal host for running one check on in-memory data: default options, a seeded random, sinks that only count.</summary>
internal sealed class BenchmarkCheckContext : CheckContext
{
    private readonly Predictions predictions;
    private readonly IReadOnlyList<RuleDescriptor> rules;

    public BenchmarkCheckContext(TabularData data, RegistrationInfo registration, Predictions predictions, IReadOnlyList<RuleDescriptor> rules, int seed)
    {
        Evaluation = data;
        Registration = registration;
        this.predictions = predictions;
        this.rules = rules;
        Random = new Random(seed);
    }

    public override RegistrationInfo Registration { get; }

    public override TabularData Evaluation { get; }

    public override TabularData? Reference => null;

    public override IAuditModel? Model => null;

    public override Random Random { get; }

    public int Findings { get; private set; }

    public int Measurements { get; private set; }

    public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(predictions);

    public override double Option(RuleDescriptor rule, string name) =>
        rules.Single(r => r.Id == rule.Id).FindOption(name)?.DefaultValue ?? throw new ArgumentException($"Rule {rule.Id} has no option '{name}'.", nameof(name));

    public override void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments) => Findings++;

    public override void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null) => Measurements++;
}
