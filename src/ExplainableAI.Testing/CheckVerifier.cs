using System.Text;
using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Testing;

/// <summary>
/// Runs one check through the real engine, as the host would, and asserts its exact findings: every expected finding
/// must be reported and nothing else (host findings of a crash or timeout included). When the check throws, the failure
/// message shows the exception and the check's own stack frames.
/// </summary>
/// <typeparam name="TCheck">The check under test.</typeparam>
public static class CheckVerifier<TCheck>
    where TCheck : AuditCheck, new()
{
    /// <summary>Verifies the findings of the check on a test.</summary>
    /// <param name="test">Data, model, configuration and expected findings.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report of the run, for further assertions on measurements.</returns>
    /// <exception cref="CheckVerificationException">The findings differ from the expected ones.</exception>
    public static async Task<AuditReport> VerifyAsync(CheckTest test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        var report = await RunAsync(test, cancellationToken).ConfigureAwait(false);
        var check = new TCheck();
        var descriptors = check.Rules.Concat(HostRules.All).ToDictionary(r => r.Id, StringComparer.Ordinal);

        var unmatched = report.Findings.ToList();
        var missing = new List<ExpectedFinding>();
        foreach (var expected in test.ExpectedFindings)
        {
            descriptors.TryGetValue(expected.RuleId, out var rule);
            var match = unmatched.FirstOrDefault(f => expected.Matches(f, rule));
            if (match is null)
            {
                missing.Add(expected);
            }
            else
            {
                unmatched.Remove(match);
            }
        }

        if (missing.Count == 0 && unmatched.Count == 0)
        {
            return report;
        }

        var message = new StringBuilder($"{typeof(TCheck).Name} reported findings that differ from the expected ones.");
        message.AppendLine();
        if (missing.Count > 0)
        {
            message.AppendLine("Expected but not reported:");
            foreach (var m in missing)
            {
                var expectedText = m.Arguments is not null && descriptors.TryGetValue(m.RuleId, out var rule) ? $"{m}  (message \"{m.ExpectedMessage(rule)}\")" : m.ToString();
                message.Append("  ").AppendLine(expectedText);
            }
        }

        if (unmatched.Count > 0)
        {
            message.AppendLine("Reported but not expected:");
            foreach (var f in unmatched)
            {
                message.Append("  ").Append(f.RuleId)
                    .Append(" column=\"").Append(f.Location.Column).Append('"')
                    .Append(" group=\"").Append(f.Location.Group).Append('"')
                    .Append(" severity=\"").Append(f.Severity).Append('"')
                    .Append(" message=\"").Append(f.Message).Append('"')
                    .AppendLine(f.IsActive ? string.Empty : " (suppressed)");
            }
        }

        // A crash is most of what differs: where the check threw is what its author needs next.
        foreach (var run in report.Checks.Where(r => r.StackTrace is not null))
        {
            message.Append(run.Name).AppendLine(" threw:").Append("  ").AppendLine(run.Message);
            foreach (var frame in run.StackTrace!.Split('\n'))
            {
                message.Append("    ").AppendLine(frame);
            }
        }

        throw new CheckVerificationException(message.ToString());
    }

    /// <summary>Runs the check without asserting anything, for tests of measurements.</summary>
    /// <param name="test">Data, model and configuration.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    public static Task<AuditReport> RunAsync(CheckTest test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(test);
        var plugins = PluginLoader.FromInstances([new TCheck()]);
        var engine = new AuditEngine(plugins, new ToolInfo("ExplainableAI.Testing", "test")) { IncludeStackTraces = true };
        var registration = new RegistrationRecord(
            "model-under-test",
            "0",
            "verification",
            [],
            new RegulatoryFacts(),
            test.Label,
            test.PositiveClass,
            test.SensitiveAttributes,
            test.Threshold,
            test.ScoreColumn,
            null)
        {
            Features = test.Features,
            SiteColumns = test.SiteColumns,
            DriftMethod = test.DriftMethod,
            CohortBands = test.CohortBands,
        };
        var model = test.Model is null
            ? null
            : new AuditModel(test.Model, new ModelRecord("model-under-test", "0", "in-memory", test.Model.Format, string.Empty, test.Model.Task, test.Model.Features));
        var request = new AuditRequest(registration, test.Data, test.Reference, model, test.Configuration, test.Seed);
        return engine.RunAsync(request, cancellationToken);
    }
}
