using System.Diagnostics;
using System.Globalization;
using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Cohorts;

namespace ExplainableAI.Core;

/// <summary>
/// Runs every loaded check against one audit request and collects what they found (<see cref="AuditResult"/>). It shares the predictions, seeds each
/// check, isolates failures (a crash or a timeout becomes a host finding and the audit goes on), and honours
/// cancellation: a cancelled audit throws and produces no report.
/// </summary>
public sealed class AuditEngine
{
    private readonly PluginSet plugins;
    private readonly ToolInfo tool;
    private readonly TimeProvider time;
    private readonly IAuditProgress? progress;
    private readonly IReadOnlyDictionary<string, TranslationCatalog> hostTranslations = CatalogResources.Load(typeof(AuditEngine).Assembly);

    /// <summary>Creates an engine.</summary>
    /// <param name="plugins">The loaded checks and plugin records.</param>
    /// <param name="tool">The tool's name and version, for provenance.</param>
    /// <param name="time">The clock (the report's timestamp and check durations).</param>
    /// <param name="progress">Receives progress, if any.</param>
    public AuditEngine(PluginSet plugins, ToolInfo tool, TimeProvider? time = null, IAuditProgress? progress = null)
    {
        this.plugins = plugins ?? throw new ArgumentNullException(nameof(plugins));
        this.tool = tool ?? throw new ArgumentNullException(nameof(tool));
        this.time = time ?? TimeProvider.System;
        this.progress = progress;
    }

    /// <summary>
    /// Whether a check that throws leaves the frames of its own assembly in its run record
    /// (<see cref="CheckRunRecord.StackTrace"/>), for plugin authors (<c>--verbose</c>, the test kit). Off by default:
    /// a reviewer's report needs the failure, not the plugin's source paths.
    /// </summary>
    public bool IncludeStackTraces { get; init; }

    /// <summary>Runs the audit.</summary>
    /// <param name="request">What to audit.</param>
    /// <param name="cancellationToken">Cancels the audit (Ctrl+C).</param>
    /// <returns>What the checks found; the host assesses the regulatory position from it (<see cref="AuditReport.Assemble"/>).</returns>
    /// <exception cref="OperationCanceledException">The audit was cancelled.</exception>
    public async Task<AuditResult> RunAsync(AuditRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Options are read for the kinds the loaded rules declare before any check runs: a value that does not fit is
        // bad input, not a check failure.
        request = request with { Configuration = request.Configuration.Bind(plugins.Checks.SelectMany(c => c.Check.Rules).Concat(HostRules.All)) };
        var findings = new List<Finding>();
        var measurements = new List<Measurement>();
        var runs = new List<CheckRunRecord>();
        var predictions = new SharedPredictions(request, cancellationToken);
        var messages = new MessageTranslations();

        // Once per audit, so every check names and sizes the groups of a sensitive attribute the same way.
        var cohorts = CohortSet.Build(request.Registration.Declared, request.Evaluation);

        foreach (var failure in plugins.Failures)
        {
            findings.AddRange(HostFinding(messages, request, HostRules.PluginLoadFailed, "host", FindingLocation.Dataset, UntrustedText.Clean(failure.Name), failure.Error));
        }

        findings.AddRange(UnknownRuleFindings(messages, request));

        var checks = plugins.Checks;
        for (var i = 0; i < checks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var loaded = checks[i];
            progress?.CheckStarted(loaded.Check.Name, i, checks.Count);
            var started = time.GetTimestamp();
            var (run, checkFindings, checkMeasurements) = await RunCheckAsync(request, loaded, predictions, cohorts, messages, cancellationToken).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(started);
            run = run with { DurationMs = Math.Round(elapsed.TotalMilliseconds, 1) };
            runs.Add(run);
            findings.AddRange(checkFindings);
            measurements.AddRange(checkMeasurements);
            progress?.CheckFinished(loaded.Check.Name, run.Status, elapsed);
        }

        var rules = RuleRecords(request.Configuration);
        var localizer = new ReportLocalizer(
            checks.GroupBy(c => c.Plugin, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Translations, StringComparer.Ordinal),
            hostTranslations);
        var checkPlugins = checks.GroupBy(c => c.Check.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Plugin, StringComparer.Ordinal);
        var localization = localizer.Build(rules, findings, measurements, checkPlugins, messages);

        return new AuditResult(
            tool,
            time.GetUtcNow(),
            request.Seed,
            plugins.Plugins,
            request.Model?.Identity,
            request.Registration,
            DatasetRecords(request),
            ConfigurationRecordOf(request.Configuration),
            runs,
            rules,
            findings,
            measurements,
            Summarize(findings, runs))
        {
            Localization = localization,
        };
    }

    private async Task<(CheckRunRecord Run, IReadOnlyList<Finding> Findings, IReadOnlyList<Measurement> Measurements)> RunCheckAsync(
        AuditRequest request, LoadedCheck loaded, SharedPredictions predictions, CohortSet cohorts, MessageTranslations messages, CancellationToken auditToken)
    {
        var check = loaded.Check;
        var ruleIds = check.Rules.Select(r => r.Id).ToList();
        var missing = MissingInputs(request, check.RequiredInputs, predictions);
        if (missing is not null)
        {
            var (record, finding) = Skipped(request, loaded, messages, $"it needs {missing}");
            return (record, finding, []);
        }

        var context = new EngineCheckContext(request, loaded, predictions, cohorts, messages, progress);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(auditToken);
        var limit = request.Configuration.CheckTimeout;
        timeout.CancelAfter(limit);

        // Task.Run: a check that blocks synchronously must not stall the engine or stop the timeout from firing.
        var task = Task.Run(async () => await check.RunAsync(context, timeout.Token).ConfigureAwait(false), CancellationToken.None);
        var finished = await Task.WhenAny(task, Task.Delay(Timeout.InfiniteTimeSpan, timeout.Token)).ConfigureAwait(false);
        if (finished != task || (task.IsCanceled && !auditToken.IsCancellationRequested))
        {
            auditToken.ThrowIfCancellationRequested();
            context.Close();
            var seconds = limit.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var timedOut = HostFinding(messages, request, HostRules.CheckTimedOut, check.Name, FindingLocation.Dataset, check.Name, seconds);
            return (new CheckRunRecord(check.Name, loaded.Plugin, CheckStatus.TimedOut, 0, ruleIds, $"timed out after {seconds} s"), [.. context.Findings, .. timedOut], context.Measurements);
        }

        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (auditToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Every exception, OutOfMemoryException and InsufficientExecutionStackException included: a check that
            // allocates too much or recurses too deep has failed, and the audit goes on so the reviewer gets a report.
            context.Close();
            var reason = $"{ex.GetType().Name}: {UntrustedText.Clean(ex.Message)}";
            var failed = HostFinding(messages, request, HostRules.CheckFailed, check.Name, FindingLocation.Dataset, check.Name, reason);
            var stack = IncludeStackTraces ? PluginStackTrace.Of(ex, check.GetType().Assembly) : null;
            return (new CheckRunRecord(check.Name, loaded.Plugin, CheckStatus.Failed, 0, ruleIds, reason) { StackTrace = stack }, [.. context.Findings, .. failed], context.Measurements);
        }

        context.Close();
        if (context.SkipReason is { } skipReason)
        {
            var (record, finding) = Skipped(request, loaded, messages, skipReason);
            return (record, [.. context.Findings, .. finding], context.Measurements);
        }

        if (!context.PublishedAnything)
        {
            var silent = HostFinding(messages, request, HostRules.CheckReportedNothing, check.Name, FindingLocation.Dataset, check.Name);
            return (new CheckRunRecord(check.Name, loaded.Plugin, CheckStatus.Completed, 0, ruleIds, "reported nothing"), silent, []);
        }

        return (new CheckRunRecord(check.Name, loaded.Plugin, CheckStatus.Completed, 0, ruleIds), context.Findings, context.Measurements);
    }

    private (CheckRunRecord Run, IReadOnlyList<Finding> Finding) Skipped(AuditRequest request, LoadedCheck loaded, MessageTranslations messages, string reason)
    {
        var check = loaded.Check;
        var finding = HostFinding(messages, request, HostRules.CheckSkipped, check.Name, FindingLocation.Dataset, check.Name, reason);
        return (new CheckRunRecord(check.Name, loaded.Plugin, CheckStatus.Skipped, 0, [.. check.Rules.Select(r => r.Id)], reason), finding);
    }

    private static string? MissingInputs(AuditRequest request, CheckInputs required, SharedPredictions predictions)
    {
        var missing = new List<string>();
        if (required.HasFlag(CheckInputs.Model) && request.Model is null)
        {
            missing.Add("a model");
        }

        if (required.HasFlag(CheckInputs.Scores) && !predictions.Available)
        {
            missing.Add("scores (a model or a score column)");
        }

        if (required.HasFlag(CheckInputs.Label)
            && (request.Registration.Declared.LabelColumn is not { } label || !request.Evaluation.TryGetColumn(label, out _)))
        {
            missing.Add("a label column");
        }

        if (required.HasFlag(CheckInputs.Reference) && request.Reference is null)
        {
            missing.Add("a reference dataset");
        }

        return missing.Count == 0 ? null : string.Join(" and ", missing);
    }

    // A list of zero or one: a host rule configured to 'none' reports nothing.
    private IReadOnlyList<Finding> HostFinding(MessageTranslations messages, AuditRequest request, RuleDescriptor rule, string check, FindingLocation location, params object?[] args)
    {
        var severity = request.Configuration.EffectiveSeverity(rule);
        if (severity == Severity.None)
        {
            return [];
        }

        var message = string.Format(CultureInfo.InvariantCulture, rule.MessageFormat, args);
        messages.Add(hostTranslations, rule, message, args);
        var suppression = request.Configuration.FindSuppression(rule.Id, location) is { } s
            ? new Suppression(s.Justification, request.Registration.ManifestPath)
            : null;
        return [new Finding(rule.Id, rule.Family, severity, message, location, Evidence.None, check, suppression)];
    }

    private IEnumerable<Finding> UnknownRuleFindings(MessageTranslations messages, AuditRequest request)
    {
        var known = new HashSet<string>(plugins.Checks.SelectMany(c => c.Check.Rules).Select(r => r.Id).Concat(HostRules.All.Select(r => r.Id)), StringComparer.Ordinal);
        var configuration = request.Configuration;
        var named = configuration.Severities.Keys.Where(k => !k.StartsWith(CheckConfiguration.FamilyPrefix, StringComparison.Ordinal)).Select(k => (Setting: "severity", Id: k))
            .Concat(configuration.Options.Keys.Select(k => (Setting: "options", Id: k)))
            .Concat(configuration.Suppressions.Select(s => (Setting: "a suppression", Id: s.RuleId)));
        foreach (var (setting, id) in named.Distinct())
        {
            if (!known.Contains(id))
            {
                foreach (var finding in HostFinding(messages, request, HostRules.UnknownRuleConfigured, "host", FindingLocation.Dataset, setting, id))
                {
                    yield return finding;
                }
            }
        }
    }

    private static IReadOnlyList<DatasetRecord> DatasetRecords(AuditRequest request)
    {
        var records = new List<DatasetRecord> { Record("evaluation", request.Evaluation) };
        if (request.Reference is { } reference)
        {
            records.Add(Record("reference", reference));
        }

        return records;

        static DatasetRecord Record(string role, TabularData data) =>
            new(role, data.Name, data.Path, data.Sha256, data.RowCount, data.Columns.Count, data.Columns.Sum(c => (long)c.MissingCount));
    }

    private static ConfigurationRecord ConfigurationRecordOf(CheckConfiguration configuration) =>
        new(
            new SortedDictionary<string, Severity>(configuration.Severities.ToDictionary(), StringComparer.Ordinal),
            new SortedDictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(
                configuration.Options.ToDictionary(k => k.Key, v => (IReadOnlyDictionary<string, RuleOptionValue>)new SortedDictionary<string, RuleOptionValue>(v.Value.ToDictionary(), StringComparer.Ordinal)),
                StringComparer.Ordinal),
            configuration.Suppressions,
            configuration.FailOn,
            configuration.CheckTimeout.TotalSeconds);

    private IReadOnlyList<RuleRecord> RuleRecords(CheckConfiguration configuration)
    {
        var host = HostRules.All.Select(r => Record(r, "host", ReportLocalizer.HostPlugin));
        var plugged = plugins.Checks.SelectMany(c => c.Check.Rules.Select(r => Record(r, c.Check.Name, c.Plugin)));
        return host.Concat(plugged).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

        RuleRecord Record(RuleDescriptor rule, string check, string plugin) => new(
            rule.Id,
            rule.Title,
            rule.MessageFormat,
            rule.Family,
            rule.DefaultSeverity,
            configuration.EffectiveSeverity(rule),
            rule.Description,
            rule.Requirements,
            rule.Options.Select(o => new RuleOptionRecord(o.Name, configuration.OptionValue(rule, o.Name), o.Default, o.Description) { Kind = o.Kind }).ToList(),
            check,
            plugin);
    }

    private static AuditSummary Summarize(IReadOnlyList<Finding> findings, IReadOnlyList<CheckRunRecord> runs)
    {
        var active = findings.Where(f => f.IsActive).ToList();
        return new AuditSummary(
            active.Count(f => f.Severity == Severity.Error),
            active.Count(f => f.Severity == Severity.Warning),
            active.Count(f => f.Severity == Severity.Info),
            findings.Count(f => !f.IsActive),
            runs.Count(r => r.Status == CheckStatus.Completed),
            runs.Count(r => r.Status is CheckStatus.Failed or CheckStatus.TimedOut),
            runs.Count(r => r.Status == CheckStatus.Skipped));
    }
}
