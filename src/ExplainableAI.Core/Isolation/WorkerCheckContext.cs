using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Core;

/// <summary>
/// A check's context inside a plugin process: data, registration, options and seed are local (sent with the run);
/// findings, measurements, skips and progress go to the host, which resolves severities and suppressions as it does in
/// process; predictions and model calls are asked of the host.
/// </summary>
internal sealed class WorkerCheckContext : CheckContext
{
    private readonly WireRun run;
    private readonly WorkerRequests requests;
    private readonly HashSet<RuleDescriptor> declared;
    private readonly Lazy<Task<Predictions>> predictions;

    public WorkerCheckContext(WireRun run, AuditCheck check, TabularData evaluation, TabularData? reference, WorkerRequests requests, WorkerChannel channel)
    {
        this.run = run;
        this.requests = requests;
        Channel = channel;
        Check = check;
        declared = [.. check.Rules];
        Evaluation = evaluation;
        Reference = reference;
        Random = new Random(StableSeed.Derive(run.Seed, check.Name));
        Model = run.Model is null ? null : new RemoteModel(run.Model, requests);
        predictions = new Lazy<Task<Predictions>>(AskPredictionsAsync);
    }

    public AuditCheck Check { get; }

    private WorkerChannel Channel { get; }

    public override RegistrationInfo Registration => run.Registration;

    public override CohortSet Cohorts => run.Cohorts;

    public override TabularData Evaluation { get; }

    public override TabularData? Reference { get; }

    public override IAuditModel? Model { get; }

    public override Random Random { get; }

    public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken)
    {
        // The host answers, or refuses as it would in process (no model and no score column).
        return new ValueTask<Predictions>(predictions.Value.WaitAsync(cancellationToken));
    }

    public override double Option(RuleDescriptor rule, string name)
    {
        Declared(rule, name, RuleOptionKind.Number);
        return OptionValue(rule, name).AsNumber();
    }

    public override RuleOptionValue OptionValue(RuleDescriptor rule, string name)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (run.OptionValue(rule, name) is { } value)
        {
            return value;
        }

        // A rule of another check (checks of one family share thresholds), or an undeclared option the host refuses.
        var request = new WireMessage("option") { RuleData = WireRule.From(rule), Text = name };
        var (reply, _) = requests.AskAsync(request, ReadOnlyMemory<byte>.Empty, CancellationToken.None).GetAwaiter().GetResult();
        return reply.Value!.ToValue();
    }

    public override void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!declared.Contains(rule))
        {
            throw new InvalidOperationException($"Check '{Check.Name}' reported rule {rule.Id}, which it does not list in Rules.");
        }

        Send(new WireMessage("report")
        {
            Rule = rule.Id,
            Location = location,
            Evidence = evidence,
            Arguments = [.. (messageArguments ?? []).Select(WireArgument.From)],
        });
    }

    public override void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Send(new WireMessage("measure") { Measurement = new WireMeasurement(name, value, subject, lower, upper) });
    }

    public override void Skip(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Send(new WireMessage("skip") { Text = reason });
    }

    public override void ReportProgress(double fraction) => Send(new WireMessage("progress") { Fraction = fraction });

    // In order, before the check's next statement: a finding reported just before a crash still reaches the report.
    private void Send(WireMessage message) => Channel.SendAsync(message, CancellationToken.None).GetAwaiter().GetResult();

    private async Task<Predictions> AskPredictionsAsync()
    {
        var (reply, payload) = await requests.AskAsync(new WireMessage("predictions"), ReadOnlyMemory<byte>.Empty, CancellationToken.None).ConfigureAwait(false);
        return RemoteModel.ToPredictions(reply.Predictions!, payload);
    }
}
