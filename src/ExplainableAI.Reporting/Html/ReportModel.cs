using System.Globalization;
using System.Text.Json;
using ExplainableAI.Core;
using ExplainableAI.Sdk;
using Scriban.Runtime;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// Builds what templates see: the report as nested script objects with <c>snake_case</c> members, in which every string
/// has already been HTML-escaped. Templates output values as they are; the only other markup they can obtain comes from
/// the helper functions, which produce numbers or escaped SVG. That makes escaping the default rather than a habit.
/// </summary>
internal static partial class ReportModel
{
    /// <summary>Builds the global object of a render: <c>report</c>, <c>t</c> (UI strings), <c>lang</c> and helpers.</summary>
    /// <param name="report">The report.</param>
    /// <param name="strings">UI strings.</param>
    /// <param name="language">Language code.</param>
    /// <param name="part">Which part of the report the render writes.</param>
    /// <returns>The globals.</returns>
    public static ScriptObject Build(AuditReport report, UiStrings strings, string language, ReportPart part = ReportPart.Full)
    {
        var format = ReportCulture.For(language);
        var culture = format.Culture;
        var globals = new ScriptObject
        {
            ["report"] = BuildReport(report, strings, format, language),
            ["t"] = strings.ToScriptObject(),
            ["lang"] = HtmlText.EscapeText(language),
            ["part"] = part.ToString().ToLowerInvariant(),
        };
        globals.Import("num", new Func<object?, int, string>((value, decimals) => DisplayNumber.Fixed(ToDouble(value), decimals, culture)));
        globals.Import("ci", new Func<object?, object?, string>((lower, upper) => DisplayNumber.PrettyInterval(ToDouble(lower), ToDouble(upper), culture)));
        globals.Import("value", new Func<object?, string>(value => DisplayNumber.Pretty(ToDouble(value), culture)));
        globals.Import("vci", new Func<object?, object?, object?, string>((value, lower, upper) => DisplayNumber.WithInterval(ToDouble(value), ToDouble(lower), ToDouble(upper), culture)));
        globals.Import("count", new Func<object?, string>(value => ToDouble(value) is { } v ? DisplayNumber.Count((long)v, culture) : DisplayNumber.Missing));
        var chartLabels = new Charts.ChartLabels(
            strings["chart.feature_value"], strings["chart.low"], strings["chart.high"], strings["chart.base"], strings["chart.output"], strings["chart.reference"])
        {
            Missing = strings["chart.missing"],
            IntervalCollapsed = strings["chart.interval_collapsed"],
        };
        globals.Import("chart", new Func<object?, string>(entry => RenderChart(entry, chartLabels)));
        return globals;
    }

    private static string RenderChart(object? entry, Charts.ChartLabels labels) => entry is ChartEntry chart
        ? Charts.SvgChartRenderer.Render(chart.Spec, chart.Id, labels)
        : throw new ArgumentException("chart() expects a chart of a finding's evidence (finding.charts[i]).", nameof(entry));

    private static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"expected a number, found {value.GetType().Name}", nameof(value)),
    };

    private static ScriptObject BuildReport(AuditReport report, UiStrings strings, ReportCulture format, string language)
    {
        var text = new ReportText(report, language);
        var findings = BuildFindings(report, strings, text);
        var active = report.Findings.Where(f => f.IsActive).ToList();

        var summary = report.Summary;
        var passed = !AuditGate.Fails(report.Summary, report.Configuration.FailOn);
        return new ScriptObject
        {
            ["schema_version"] = Text(report.SchemaVersion),
            ["generated_at"] = Text(format.DateTime(report.GeneratedAt)),
            ["generated_at_iso"] = Text(report.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ["seed"] = report.Seed,
            ["tool"] = new ScriptObject { ["name"] = Text(report.Tool.Name), ["version"] = Text(report.Tool.Version) },
            ["model"] = report.Model is null ? null : BuildModel(report.Model, strings),
            ["registration"] = BuildRegistration(report.Registration, strings),
            ["regulatory"] = report.Regulatory is null ? null : BuildRegulatory(report.Regulatory, report.Registration, strings, format, language),
            ["datasets"] = Array(report.Datasets, d => new ScriptObject
            {
                ["role"] = Text(strings["dataset_role." + d.Role]),
                ["name"] = Text(d.Name),
                ["path"] = Text(d.Path),
                ["sha256"] = Text(d.Sha256),
                ["rows"] = d.Rows,
                ["columns"] = d.Columns,
                ["missing_cells"] = d.MissingCells,
            }),
            ["plugins"] = Array(report.Plugins, p => new ScriptObject
            {
                ["name"] = Text(p.Name),
                ["version"] = Text(p.Version),
                ["path"] = Text(p.Path),
                ["sha256"] = Text(p.Sha256),
                ["checks"] = Texts(p.Checks),
                ["error"] = Text(p.Error),
            }),
            ["plugin_errors"] = Array(report.Plugins.Where(p => p.Error is not null), p => new ScriptObject
            {
                ["name"] = Text(p.Name),
                ["error"] = Text(p.Error),
            }),
            ["configuration"] = BuildConfiguration(report.Configuration, strings, format.Culture),
            ["checks"] = Array(report.Checks, c => BuildCheck(c, strings)),
            ["unfinished_checks"] = Array(report.Checks.Where(c => c.Status is CheckStatus.Failed or CheckStatus.TimedOut), c => BuildCheck(c, strings)),
            ["rules"] = Array(report.Rules, r => BuildRule(r, strings, text, format.Culture)),
            ["rule_families"] = Array(report.Rules.GroupBy(r => r.Family).OrderBy(g => g.Key), g => new ScriptObject
            {
                ["key"] = Key(g.Key),
                ["label"] = Text(strings["family." + Key(g.Key)]),
                ["count"] = g.Count(),
                ["changed"] = g.Count(r => r.DefaultSeverity != r.EffectiveSeverity),
                ["rules"] = Array(g, r => BuildRule(r, strings, text, format.Culture)),
            }),
            ["families"] = findings["families"],
            ["attention"] = findings["attention"],
            ["attention_more"] = findings["attention_more"],
            ["attention_count"] = findings["attention_count"],
            ["active_count"] = active.Count,
            ["suppressed"] = findings["suppressed"],
            ["measurement_groups"] = BuildMeasurements(report.Measurements, text),
            ["measurement_count"] = report.Measurements.Count,
            ["summary"] = new ScriptObject
            {
                ["errors"] = summary.Errors,
                ["warnings"] = summary.Warnings,
                ["infos"] = summary.Infos,
                ["suppressed"] = summary.Suppressed,
                ["checks_run"] = summary.ChecksRun,
                ["checks_failed"] = summary.ChecksFailed,
                ["checks_skipped"] = summary.ChecksSkipped,
            },
            ["verdict"] = new ScriptObject
            {
                ["passed"] = passed,
                ["fail_on"] = Severity(report.Configuration.FailOn, strings),
            },
        };
    }

    private static ScriptObject BuildModel(ModelRecord model, UiStrings strings) => new()
    {
        ["id"] = Text(model.Id),
        ["version"] = Text(model.Version),
        ["path"] = Text(model.Path),
        ["format"] = Text(model.Format),
        ["sha256"] = Text(model.Sha256),
        ["task"] = Text(strings["task." + Key(model.Task)]),
        ["features"] = Array(model.Features, f => new ScriptObject
        {
            ["name"] = Text(f.Name),
            ["kind"] = Text(strings["column_kind." + Key(f.Kind)]),
        }),
    };

    private static ScriptObject BuildRegistration(RegistrationRecord registration, UiStrings strings) => new()
    {
        ["features"] = Array(registration.Declared.Features.OrderBy(p => p.Key, StringComparer.Ordinal), p => new ScriptObject
        {
            ["column"] = Text(p.Key),
            ["unit"] = Text(p.Value.Unit),
            ["monotone"] = p.Value.Monotone == Monotonicity.None ? null : Text(strings["monotone." + Key(p.Value.Monotone)]),
            ["irrelevant"] = p.Value.Irrelevant,
            ["minimum"] = p.Value.Minimum,
            ["maximum"] = p.Value.Maximum,
            ["has_range"] = p.Value.Minimum is not null || p.Value.Maximum is not null,
            ["drift_method"] = Text(p.Value.DriftMethod),
        }),
        ["site_columns"] = Texts(registration.Declared.SiteColumns),
        ["drift_method"] = Text(registration.Declared.DriftMethod),
        ["model_id"] = Text(registration.Declared.ModelId),
        ["model_version"] = Text(registration.Declared.ModelVersion),
        ["intended_purpose"] = Text(registration.Declared.IntendedPurpose),
        ["intended_users"] = Texts(registration.Declared.IntendedUsers),
        ["regulatory"] = new ScriptObject
        {
            ["eu_mdr_class"] = Text(registration.Regulatory.EuMdrClass),
            ["eu_ai_act_annex_iii_area"] = Text(registration.Regulatory.EuAiActAnnexIIIArea),
            ["jp_pmd_act_class"] = Text(registration.Regulatory.JpPmdActClass),
            ["declared_facts"] = Text(registration.Regulatory.DeclaredFacts),
        },
        ["label_column"] = Text(registration.Declared.LabelColumn),
        ["positive_class"] = Text(registration.Declared.PositiveClass),
        ["sensitive_attributes"] = Texts(registration.Declared.SensitiveAttributes),
        ["threshold"] = registration.Declared.Threshold,
        ["score_column"] = Text(registration.Declared.ScoreColumn),
        ["manifest_path"] = Text(registration.ManifestPath),
    };

    private static ScriptObject BuildConfiguration(ConfigurationRecord configuration, UiStrings strings, CultureInfo culture)
    {
        var options = new ScriptArray();
        foreach (var (rule, values) in configuration.Options.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var (name, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                options.Add(new ScriptObject { ["rule"] = Text(rule), ["name"] = Text(name), ["value"] = OptionText(value, culture) });
            }
        }

        return new ScriptObject
        {
            ["sha256"] = Text(configuration.Sha256),
            ["sha256_source"] = configuration.Sha256Source switch
            {
                ConfigurationDigest.ManifestSource => Text(strings["provenance.configuration_hash_manifest"]),
                ConfigurationDigest.CanonicalSource => Text(strings["provenance.configuration_hash_canonical"]),
                var other => Text(other),
            },
            ["fail_on"] = Severity(configuration.FailOn, strings),
            ["check_timeout_seconds"] = configuration.CheckTimeoutSeconds,
            ["severities"] = Array(configuration.Severities.OrderBy(p => p.Key, StringComparer.Ordinal), p => new ScriptObject
            {
                ["target"] = Text(p.Key),
                ["severity"] = Severity(p.Value, strings),
            }),
            ["options"] = options,
            ["suppressions"] = Array(configuration.Suppressions, s => new ScriptObject
            {
                ["rule_id"] = Text(s.RuleId),
                ["justification"] = Text(s.Justification),
                ["column"] = Text(s.Column),
                ["group"] = Text(s.Group),
            }),
        };
    }

    private static ScriptObject BuildCheck(CheckRunRecord check, UiStrings strings) => new()
    {
        ["name"] = Text(check.Name),
        ["plugin"] = Text(check.Plugin),
        ["status"] = new ScriptObject
        {
            ["key"] = Key(check.Status),
            ["label"] = Text(strings["status." + Key(check.Status)]),
        },
        ["duration_ms"] = check.DurationMs,
        ["rules"] = Texts(check.Rules),
        ["message"] = Text(check.Message),
        ["stack_trace"] = Text(check.StackTrace),
    };

    private static ScriptObject BuildRule(RuleRecord rule, UiStrings strings, ReportText text, CultureInfo culture) => new()
    {
        ["id"] = Text(rule.Id),
        ["title"] = Text(text.RuleTitle(rule.Id, rule.Title)),
        ["message_format"] = Text(rule.MessageFormat),
        ["family"] = new ScriptObject { ["key"] = Key(rule.Family), ["label"] = Text(strings["family." + Key(rule.Family)]) },
        ["default_severity"] = Severity(rule.DefaultSeverity, strings),
        ["effective_severity"] = Severity(rule.EffectiveSeverity, strings),
        ["severity_changed"] = rule.DefaultSeverity != rule.EffectiveSeverity,
        ["description"] = Text(text.RuleDescription(rule.Id, rule.Description)),
        ["requirements"] = Texts(rule.Requirements),
        ["options"] = Array(rule.Options, o => new ScriptObject
        {
            ["name"] = Text(o.Name),
            ["value"] = OptionText(o.Value, culture),
            ["default_value"] = OptionText(o.DefaultValue, culture),

            // By the written form: a report read back cannot tell a number option's 10 from a whole number's 10.
            ["is_default"] = string.Equals(o.Value.ToString(), o.DefaultValue.ToString(), StringComparison.Ordinal),
            ["description"] = Text(o.Description),
        }),
        ["check"] = Text(rule.Check),
        ["plugin"] = Text(rule.Plugin),
    };

    private static ScriptArray BuildMeasurements(IReadOnlyList<Measurement> measurements, ReportText text)
    {
        var groups = new ScriptArray();
        foreach (var group in measurements.GroupBy(m => m.Check, StringComparer.Ordinal))
        {
            groups.Add(new ScriptObject
            {
                ["check"] = Text(group.Key),
                ["count"] = group.Count(),
                // One row per subject under each metric, the metric's words once (rowspan): 1,000+ rows stay small.
                ["metrics"] = Array(group.GroupBy(m => m.Name, StringComparer.Ordinal), byName => new ScriptObject
                {
                    ["id"] = Text(byName.Key),
                    ["name"] = Text(text.MetricName(byName.Key)),
                    ["count"] = byName.Count(),
                    ["rows"] = Array(byName, m => new ScriptObject
                    {
                        ["subject"] = Text(m.Subject),
                        ["value"] = m.Value,
                        ["lower"] = m.Lower,
                        ["upper"] = m.Upper,
                    }),
                }),
            });
        }

        return groups;
    }

    private static ScriptObject Severity(Severity severity, UiStrings strings) => new()
    {
        ["key"] = Key(severity),
        ["label"] = Text(strings["severity." + Key(severity)]),
    };

    // The same camelCase names report.json uses, so CSS classes and i18n keys match the JSON.
    private static string Key<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? Text(string? value) => HtmlText.Escape(value);

    // An option value as the manifest writes it (true, ks, [40, 65]), its numbers as the report shows numbers.
    private static string? OptionText(RuleOptionValue value, CultureInfo culture) => Text(value.Kind switch
    {
        RuleOptionKind.Number or RuleOptionKind.Integer => DisplayNumber.Pretty(value.AsNumber(), culture),
        RuleOptionKind.NumberList => "[" + string.Join(", ", value.AsNumbers().Select(n => DisplayNumber.Pretty(n, culture))) + "]",
        _ => value.ToString(),
    });

    private static ScriptArray Texts(IEnumerable<string> values) => Array(values, v => (object?)HtmlText.EscapeText(v));

    private static ScriptArray Array<T>(IEnumerable<T> items, Func<T, object?> map)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(map(item));
        }

        return array;
    }
}
