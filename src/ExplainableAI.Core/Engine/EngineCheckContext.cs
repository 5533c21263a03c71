using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

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
    private string? skipReason;
    private bool reportedAtSeverityNone;

    public EngineCheckContext(AuditRequest request, LoadedCheck check, SharedPredictions predictions, CohortSet cohorts, MessageTranslations messages, IAuditProgress? progress)
    {
        Cohorts = cohorts;
        this.messages = messages;
        this.request = request;
        this.check = check;
        this.predictions = predictions;
        this.progress = progress;
        declared = [.. check.Check.Rules];
        Random = new Random(StableSeed.Derive(request.Seed, check.Check.Name));
        Registration = request.Registration.Declared;
    }

    public override RegistrationInfo Registration { get; }

    /// <summary>The audit's cohorts, built once by the engine for every check.</summary>
    public override CohortSet Cohorts { get; }

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

    /// <summary>Why the check said it skipped (<see cref="Skip"/>), or <see langword="null"/>.</summary>
    public string? SkipReason
    {
        get
        {
            lock (gate)
            {
                return skipReason;
            }
        }
    }

    /// <summary>Whether the check published anything: a finding, a measurement or a reason to skip.</summary>
    public bool PublishedAnything
    {
        get
        {
            lock (gate)
            {
                return findings.Count > 0 || measurements.Count > 0 || skipReason is not null || reportedAtSeverityNone;
            }
        }
    }

    /// <summary>Stops accepting results: a check abandoned after its timeout may still be running.</summary>
    public void Close() => closed = true;

    public override ValueTask<Predictions> GetPredictionsAsync(CancellationToken cancellationToken) =>
        predictions.GetAsync(cancellationToken);

    public override double Option(RuleDescriptor rule, string name)
    {
        Declared(rule, name, RuleOptionKind.Number);
        return OptionValue(rule, name).AsNumber();
    }

    public override RuleOptionValue OptionValue(RuleDescriptor rule, string name)
    {
        Declared(rule, name);
        return request.Configuration.OptionValue(rule, name);
    }

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
        if (closed)
        {
            return;
        }

        if (severity == Severity.None)
        {
            // The user switched the rule off: the check did speak, so it is not silent.
            lock (gate)
            {
                reportedAtSeverityNone = true;
            }

            return;
        }

        // The one place a check's strings enter the report: values from the data are made safe here, once.
        var arguments = UntrustedParts.Arguments(messageArguments);
        location = UntrustedParts.Location(location);
        var message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, arguments);
        messages.Add(check.Translations, rule, message, arguments);
        var suppression = request.Configuration.FindSuppression(rule.Id, location) is { } s
            ? new Suppression(s.Justification, request.Registration.ManifestPath)
            : null;
        var finding = new Finding(rule.Id, rule.Family, severity, message, location, UntrustedParts.Evidence(evidence), check.Check.Name, suppression);
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
            measurements.Add(new Measurement(check.Check.Name, UntrustedText.Clean(name), value, lower, upper, UntrustedText.CleanOrNull(subject)));
        }
    }

    public override void Skip(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (closed)
        {
            return;
        }

        lock (gate)
        {
            // The first reason stands: it is the one the check met first.
            skipReason ??= UntrustedText.Clean(reason);
        }
    }

    public override void ReportProgress(double fraction) =>
        progress?.CheckProgressed(check.Check.Name, Math.Clamp(fraction, 0, 1));
}
