using System.Globalization;
using ExplainableAI.Sdk;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Core;

/// <summary>
/// Reads a registration manifest. Every field is validated, and an error names the file, the line and column, the
/// field (<c>model.task</c>) and what was expected. Unknown fields are errors, so a typo never silently disables a setting.
/// </summary>
public sealed class ManifestReader
{
    private static readonly string[] MdrClasses = ["I", "IIa", "IIb", "III"];
    private static readonly string[] PmdClasses = ["I", "II", "III", "IV"];

    /// <summary>Reads and validates a manifest.</summary>
    /// <param name="path">The manifest file.</param>
    /// <returns>The manifest, with relative paths resolved against its folder.</returns>
    /// <exception cref="InvalidAuditInputException">The file is missing, not a regular file, not YAML, beyond a <see cref="YamlLimits"/> bound, or a field is invalid.</exception>
    public RegistrationManifest Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = YamlFile.Load(path, "manifest");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new InvalidAuditInputException("expected a YAML mapping with sections model, regulatory, data and checks", path, 1, 1);
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var top = new YamlSection(path, string.Empty, root);
        top.AllowOnly("model", "regulatory", "data", "checks", "seed");
        var (declared, model) = ReadModel(top.RequiredSection("model"), folder);
        var regulatory = ReadRegulatory(top.OptionalSection("regulatory"), folder);
        (declared, var data) = ReadData(top.RequiredSection("data"), folder, declared);
        var checks = ReadChecks(top.OptionalSection("checks"));
        var seed = top.OptionalInt("seed");
        if (model.File is null && declared.ScoreColumn is null)
        {
            throw top.Error("model.file", "a model file, or data.score_column for an audit from scores alone", null);
        }

        var registration = new RegistrationRecord(declared, regulatory, System.IO.Path.GetFullPath(path));
        return new RegistrationManifest(registration, model, data, checks, seed);
    }

    // The model section declares the model's identity and card (checks see them) and where the model file is (the host's alone).
    private static (RegistrationInfo Declared, ModelSource Model) ReadModel(YamlSection s, string folder)
    {
        s.AllowOnly("id", "version", "file", "format", "task", "positive_class", "threshold", "intended_purpose", "intended_users", "inputs");
        // Formats are open-ended (plugins add adapters): the model loader names the known ones when this one is not.
        var format = s.OptionalString("format");

        var task = s.OptionalString("task") switch
        {
            null => (ModelTask?)null,
            "binary" => ModelTask.BinaryClassification,
            "multiclass" => ModelTask.MulticlassClassification,
            "regression" => ModelTask.Regression,
            var other => throw s.Error("task", "one of binary, multiclass, regression", other),
        };
        var threshold = s.OptionalDouble("threshold") ?? 0.5;
        if (threshold is < 0 or > 1)
        {
            throw s.Error("threshold", "a number from 0 to 1", threshold.ToString(CultureInfo.InvariantCulture));
        }

        var inputs = s.OptionalStringList("inputs");
        var repeated = inputs.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw s.Error("inputs", "each column once, in the order of the model's feature tensor", repeated.Key);
        }

        var file = s.OptionalString("file");
        var declared = new RegistrationInfo(
            s.RequiredString("id"),
            s.RequiredString("version"),
            s.RequiredString("intended_purpose"),
            LabelColumn: null,
            s.OptionalString("positive_class"),
            SensitiveAttributes: [],
            threshold)
        {
            IntendedUsers = s.OptionalStringList("intended_users"),
        };
        var model = new ModelSource(file is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file)), format, task)
        {
            Inputs = inputs.Count == 0 ? null : inputs,
        };
        return (declared, model);
    }

    private static RegulatoryFacts ReadRegulatory(YamlSection? s, string folder)
    {
        if (s is null)
        {
            return new RegulatoryFacts();
        }

        s.AllowOnly("eu_mdr_class", "eu_ai_act_annex_iii_area", "jp_pmd_act_class", "declared_facts");
        var mdr = s.OptionalString("eu_mdr_class");
        if (mdr is not null && !MdrClasses.Contains(mdr, StringComparer.Ordinal))
        {
            throw s.Error("eu_mdr_class", "one of I, IIa, IIb, III (or null)", mdr);
        }

        var pmd = s.OptionalString("jp_pmd_act_class");
        if (pmd is not null && !PmdClasses.Contains(pmd, StringComparer.Ordinal))
        {
            throw s.Error("jp_pmd_act_class", "one of I, II, III, IV (or null)", pmd);
        }

        var facts = s.OptionalString("declared_facts");
        return new RegulatoryFacts(
            mdr,
            s.OptionalString("eu_ai_act_annex_iii_area"),
            pmd,
            facts is null ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, facts)));
    }

    // The data section declares the columns' roles (checks see them) and where the files are and how to read them (the host's alone).
    private static (RegistrationInfo Declared, DataSources Data) ReadData(YamlSection s, string folder, RegistrationInfo declared)
    {
        s.AllowOnly("evaluation", "reference", "label", "sensitive_attributes", "score_column", "delimiter", "column_types", "features", "site_columns", "drift_method");
        var delimiter = s.OptionalString("delimiter");
        if (delimiter is not null && delimiter is not ("," or ";" or "\t"))
        {
            throw s.Error("delimiter", "one of ',', ';' or a tab", delimiter);
        }

        var types = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        if (s.OptionalSection("column_types") is { } typeSection)
        {
            foreach (var (name, value) in typeSection.Scalars())
            {
                types[name] = value switch
                {
                    "numeric" => ColumnKind.Numeric,
                    "categorical" => ColumnKind.Categorical,
                    "boolean" => ColumnKind.Boolean,
                    _ => throw typeSection.Error(name, "one of numeric, categorical, boolean", value),
                };
            }
        }

        var reference = s.OptionalString("reference");
        var (sensitive, bands) = SensitiveAttributeReader.Read(s);
        var data = new DataSources(Resolve(s.RequiredString("evaluation")), reference is null ? null : Resolve(reference), delimiter?[0])
        {
            ColumnTypes = types,
        };
        declared = declared with
        {
            LabelColumn = s.OptionalString("label"),
            SensitiveAttributes = sensitive,
            ScoreColumn = s.OptionalString("score_column"),
            Features = ReadFeatures(s.OptionalSection("features")),
            SiteColumns = s.OptionalStringList("site_columns"),
            DriftMethod = ReadDriftMethod(s, "drift_method"),
            CohortBands = bands,
        };
        return (declared, data);

        string Resolve(string file) => System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, file));
    }

    private static Dictionary<string, FeatureFacts> ReadFeatures(YamlSection? s)
    {
        var features = new Dictionary<string, FeatureFacts>(StringComparer.Ordinal);
        if (s is null)
        {
            return features;
        }

        foreach (var name in s.Keys())
        {
            var f = s.RequiredSection(name);
            f.AllowOnly("unit", "monotone", "irrelevant", "min", "max", "drift_method");
            var monotone = f.OptionalString("monotone") switch
            {
                null or "none" => Monotonicity.None,
                "increasing" => Monotonicity.Increasing,
                "decreasing" => Monotonicity.Decreasing,
                var other => throw f.Error("monotone", "one of increasing, decreasing, none", other),
            };
            var irrelevant = f.OptionalString("irrelevant") switch
            {
                null or "false" => false,
                "true" => true,
                var other => throw f.Error("irrelevant", "true or false", other),
            };
            var min = f.OptionalDouble("min");
            var max = f.OptionalDouble("max");
            if (min is { } lo && max is { } hi && lo >= hi)
            {
                throw f.Error("max", $"a number above min ({lo.ToString(CultureInfo.InvariantCulture)})", hi.ToString(CultureInfo.InvariantCulture));
            }

            features[name] = new FeatureFacts(f.OptionalString("unit"), monotone, irrelevant, min, max, ReadDriftMethod(f, "drift_method"));
        }

        return features;
    }

    private static string? ReadDriftMethod(YamlSection s, string key)
    {
        var method = s.OptionalString(key);
        if (method is null or DriftMethodNames.Auto)
        {
            return null;
        }

        return DriftMethodNames.All.Contains(method, StringComparer.Ordinal)
            ? method
            : throw s.Error(key, $"one of {string.Join(", ", DriftMethodNames.All)}", method);
    }

    private static CheckConfiguration ReadChecks(YamlSection? s)
    {
        if (s is null)
        {
            return CheckConfiguration.Default;
        }

        s.AllowOnly("severity", "options", "suppressions", "fail_on", "timeout_seconds");
        var severities = new Dictionary<string, Severity>(StringComparer.Ordinal);
        if (s.OptionalSection("severity") is { } severitySection)
        {
            foreach (var (key, value) in severitySection.Scalars())
            {
                var normalized = NormalizeSeverityKey(key) ?? throw severitySection.Error(key, "a rule ID such as XAI6001 or ACME2001, or a family such as family:DataQuality", key);
                severities[normalized] = ParseSeverity(value) ?? throw severitySection.Error(key, "one of none, info, warning, error", value);
            }
        }

        // Values are kept as written, with their positions: the kind of each option (a number, a switch, a list) is
        // declared by its rule, which is known only once the plugins are loaded (CheckConfiguration.Bind).
        var options = new Dictionary<string, IReadOnlyDictionary<string, RuleOptionValue>>(StringComparer.Ordinal);
        if (s.OptionalSection("options") is { } optionSection)
        {
            foreach (var ruleId in optionSection.Keys())
            {
                var ruleOptions = optionSection.RequiredSection(ruleId);
                var values = new Dictionary<string, RuleOptionValue>(StringComparer.Ordinal);
                foreach (var (name, field, value) in ruleOptions.Nodes())
                {
                    values[name] = OptionReader.Written(ruleOptions.File, field, value);
                }

                options[ruleId] = values;
            }
        }

        var suppressions = new List<SuppressionRule>();
        foreach (var item in s.OptionalSectionList("suppressions"))
        {
            item.AllowOnly("rule", "justification", "column", "group");
            var justification = item.OptionalString("justification");
            if (string.IsNullOrWhiteSpace(justification))
            {
                throw item.Error("justification", "a justification: every suppression must say why the finding is waived", justification);
            }

            suppressions.Add(new SuppressionRule(item.RequiredString("rule"), justification, item.OptionalString("column"), item.OptionalString("group")));
        }

        var failOnText = s.OptionalString("fail_on");
        var failOn = failOnText is null ? Severity.Error : ParseSeverity(failOnText) ?? throw s.Error("fail_on", "one of none, info, warning, error", failOnText);
        var timeout = s.OptionalDouble("timeout_seconds") ?? CheckConfiguration.Default.CheckTimeout.TotalSeconds;
        if (timeout <= 0)
        {
            throw s.Error("timeout_seconds", "a positive number of seconds", timeout.ToString(CultureInfo.InvariantCulture));
        }

        return new CheckConfiguration(severities, options, suppressions, failOn, TimeSpan.FromSeconds(timeout));
    }

    /// <summary>Parses <c>none|info|warning|error</c> (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The severity, or <see langword="null"/> when not recognised.</returns>
    public static Severity? ParseSeverity(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" => Severity.None,
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => null,
    };

    private static string? NormalizeSeverityKey(string key)
    {
        if (RuleIds.IsWellFormed(key))
        {
            return key;
        }

        var prefixed = key.StartsWith(CheckConfiguration.FamilyPrefix, StringComparison.OrdinalIgnoreCase) ? key[CheckConfiguration.FamilyPrefix.Length..] : null;
        return prefixed is not null && Enum.TryParse<CheckFamily>(prefixed.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var family) && Enum.IsDefined(family)
            ? CheckConfiguration.FamilyPrefix + family
            : null;
    }
}
