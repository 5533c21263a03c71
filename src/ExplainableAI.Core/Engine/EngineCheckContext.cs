using System.Globalization;
using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>The engine's view of the audit for one check: it resolves severities and suppressions as findings arrive.</summary>
internal sealed class EngineCheckContext : CheckContext
{
    private readonly AuditRequest request;
    private readonly LoadedCheck check;
    private readonly SharedPredictions predictions;
    private readonly MessageTranslations messages;
    private readonly IAuditProgress? progress;
    private readonly HashSet<RuleDescriptor> declared;
    private readonly List<Finding> findings = [];
    private readonly List<Measurement> measurements = [];
    private readonly Lock gate = new();
    private volatile bool closed;

    public EngineCheckContext(AuditRequest request, LoadedCheck check, SharedPredictions predictions, MessageTranslations messages, IAuditProgress? progress)
    {
        this.messages = messages;
        this.request = request;
        this.check = check;
        this.predictions = predictions;
        this.progress = progress;
        declared = [.. check.Check.Rules];
        Random = new Random(StableSeed.Derive(request.Seed, check.Check.Name));
        Registration = new RegistrationInfo(
            request.Registration.ModelId,
            request.Registration.ModelVersion,
            request.Registration.IntendedPurpose,
            request.Registration.LabelColumn,
            request.Registration.PositiveClass,
            request.Registration.SensitiveAttributes,
            request.Registration.Threshold,
            request.Registration.ScoreColumn)
        {
            Features = request.Registration.Features,
            SiteColumns = request.Registration.SiteColumns,
            DriftMethod = request.Registration.DriftMethod,
        };
    }

    public override RegistrationInfo Registration { get; }

    public override TabularData Evaluation => request.Evaluation;

    public override TabularData? Reference => request.Reference;

    public override IAuditModel? Model => request.Model?.Model;

    public override Random Random { get; }

    /// <summary>Findings reported so far, in report order.</summary>
    public IReadOnlyList<Finding> Findings
    {
        get
        {
            lock (gate)
            {
                return [.. findings];
            }
        }
    }

    /// <summary>Measurements published so far, in publication order.</summary>
    public IReadOnlyList<Measurement> Measurements
    {
        get
        {
            lock (gate)
            {
                return [.. measurements];
            }
        }
    }

    /// <summary>Stops accepting results: a check abandoned after its timeout may still be running.</summary>
    public void Close() => closed = true;

    public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken) =>
        predictions.GetAsync(cancellationToken);

    public override double Option(RuleDescriptor rule, string name) => request.Configuration.OptionValue(rule, name);

    public override void Report(RuleDescriptor rule, FindingLocation location, Evidence evidence, params object?[] messageArguments)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(evidence);
        if (!declared.Contains(rule))
        {
            throw new InvalidOperationException($"Check '{check.Check.Name}' reported rule {rule.Id}, which it does not list in Rules.");
        }

        var severity = request.Configuration.EffectiveSeverity(rule);
        if (severity == Severity.None || closed)
        {
            return;
        }

        var message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, messageArguments);
        messages.Add(check.Translations, rule, message, messageArguments);
        var suppression = request.Configuration.FindSuppression(rule.Id, location) is { } s
            ? new Suppression(s.Justification, request.Registration.ManifestPath)
            : null;
        var finding = new Finding(rule.Id, rule.Family, severity, message, location, evidence, check.Check.Name, suppression);
        lock (gate)
        {
            findings.Add(finding);
        }
    }

    public override void Measure(string name, double value, string? subject = null, double? lower = null, double? upper = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (closed)
        {
            return;
        }

        lock (gate)
        {
            measurements.Add(new Measurement(check.Check.Name, name, value, lower, upper, subject));
        }
    }

    public override void ReportProgress(double fraction) =>
        progress?.CheckProgressed(check.Check.Name, Math.Clamp(fraction, 0, 1));
}
