using ExplainableAI.Sdk;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Core.Tests;

public sealed class ManifestReaderTests : IDisposable
{
    private const string Valid = """
        model:
          id: icu-sepsis-risk
          version: 1.0.0
          file: model.zip
          format: mlnet
          task: binary
          positive_class: "true"
          threshold: 0.3
          intended_purpose: Early warning of sepsis.
          intended_users: [ICU physicians, ICU nurses]
        regulatory:
          eu_mdr_class: IIa
          eu_ai_act_annex_iii_area: null
          jp_pmd_act_class: II
        data:
          label: sepsis
          sensitive_attributes: [sex, age]
          evaluation: current.csv
          reference: data/reference.csv
          column_types: {site: categorical}
        checks:
          severity: {XAI6001: error, family:Fairness: none}
          options:
            XAI6001: {max_missing_rate: 0.3}
          suppressions:
            - rule: XAI6005
              column: antibiotics_ordered
              justification: Known leak, removed in v2.
          fail_on: warning
          timeout_seconds: 60
        seed: 11
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("xai-manifest-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Declared_facts_file_resolves_against_the_manifest_folder()
    {
        var text = Valid.Replace("  jp_pmd_act_class: II\n", "  jp_pmd_act_class: II\n  declared_facts: regulatory/facts.yaml\n", StringComparison.Ordinal);

        var manifest = new ManifestReader().Read(Write(text));

        Assert.Equal(new RegulatoryFacts("IIa", null, "II", Path.Combine(folder, "regulatory", "facts.yaml")), manifest.Registration.Regulatory);
    }

    [Fact]
    public void Valid_manifest_is_read_with_paths_resolved_against_its_folder()
    {
        var manifest = new ManifestReader().Read(Write(Valid));

        Assert.Equal("icu-sepsis-risk", manifest.Registration.Declared.ModelId);
        Assert.Equal(Path.Combine(folder, "model.zip"), manifest.Model.File);
        Assert.Equal(ModelTask.BinaryClassification, manifest.Model.Task);
        Assert.Equal(0.3, manifest.Registration.Declared.Threshold);
        Assert.Equal(["ICU physicians", "ICU nurses"], manifest.Registration.Declared.IntendedUsers);
        Assert.Equal(new RegulatoryFacts("IIa", null, "II"), manifest.Registration.Regulatory);
        Assert.Equal(Path.Combine(folder, "data", "reference.csv"), manifest.Data.Reference);
        Assert.Equal(["sex", "age"], manifest.Registration.Declared.SensitiveAttributes);
        Assert.Equal(ColumnKind.Categorical, manifest.Data.ColumnTypes["site"]);
        Assert.Equal(Severity.Error, manifest.Checks.Severities["XAI6001"]);
        Assert.Equal(Severity.None, manifest.Checks.Severities["family:Fairness"]);
        Assert.Equal(0.3, manifest.Checks.Options["XAI6001"]["max_missing_rate"]);
        Assert.Equal(new SuppressionRule("XAI6005", "Known leak, removed in v2.", "antibiotics_ordered"), Assert.Single(manifest.Checks.Suppressions));
        Assert.Equal(Severity.Warning, manifest.Checks.FailOn);
        Assert.Equal(TimeSpan.FromSeconds(60), manifest.Checks.CheckTimeout);
        Assert.Equal(11, manifest.Seed);
    }

    private const string FeatureSection = """
          column_types: {site: categorical}
          site_columns: [site]
          drift_method: psi
          features:
            lactate: {unit: mmol/L, monotone: increasing, min: 0, max: 30}
            patient_id: {irrelevant: true}
            creatinine: {unit: mg/dL, drift_method: ks}
        """;

    [Fact]
    public void Feature_facts_site_columns_and_drift_methods_are_read()
    {
        var manifest = new ManifestReader().Read(Write(WithFeatures(FeatureSection)));

        Assert.Equal(["site"], manifest.Registration.Declared.SiteColumns);
        Assert.Equal("psi", manifest.Registration.Declared.DriftMethod);
        Assert.Equal(new FeatureFacts("mmol/L", Monotonicity.Increasing, false, 0, 30), manifest.Registration.Declared.Features["lactate"]);
        Assert.Equal(new FeatureFacts(Irrelevant: true), manifest.Registration.Declared.Features["patient_id"]);
        Assert.Equal(new FeatureFacts("mg/dL", DriftMethod: "ks"), manifest.Registration.Declared.Features["creatinine"]);
    }

    [Theory]
    [InlineData("monotone: increasing", "monotone: upward", ":24:39: 'data.features.lactate.monotone': expected one of increasing, decreasing, none, got 'upward'")]
    [InlineData("max: 30", "max: -1", "'data.features.lactate.max': expected a number above min (0), got '-1'")]
    [InlineData("irrelevant: true", "irrelevant: yes", "'data.features.patient_id.irrelevant': expected true or false, got 'yes'")]
    [InlineData("drift_method: ks", "drift_method: kolmogorov", "'data.features.creatinine.drift_method': expected one of auto, ks, wasserstein, psi, jensen_shannon, chi_square, z_test, got 'kolmogorov'")]
    [InlineData("{unit: mg/dL,", "{units: mg/dL,", "'data.features.creatinine.units': unknown field")]
    public void Invalid_feature_fact_is_named_with_line_and_column(string find, string replace, string expected)
    {
        var path = Write(WithFeatures(FeatureSection.Replace(find, replace, StringComparison.Ordinal)));

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitive_attributes_may_declare_the_band_edges_of_their_cohorts()
    {
        var path = Write(Valid.Replace("sensitive_attributes: [sex, age]", "sensitive_attributes: [sex, {name: age, bands: [40, 65]}, {name: bmi, bands: []}]", StringComparison.Ordinal));

        var manifest = new ManifestReader().Read(path);

        Assert.Equal(["sex", "age", "bmi"], manifest.Registration.Declared.SensitiveAttributes);
        Assert.Equal(["age", "bmi"], manifest.Registration.Declared.CohortBands.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([40.0, 65.0], manifest.Registration.Declared.CohortBands["age"]);
        Assert.Empty(manifest.Registration.Declared.CohortBands["bmi"]);
    }

    // Line 17 is "  sensitive_attributes: …": the item list opens at column 25, "{" of the second item at 31, and the edges
    // of [a, b] start at columns 51 and 55.
    [Theory]
    [InlineData("[sex, {name: age, bands: [65, 40]}]", ":17:55: 'data.sensitive_attributes[1].bands[1]': expected a number above the edge before it (65); list the edges in increasing order, got '40'")]
    [InlineData("[sex, {name: age, bands: [40, 40]}]", ":17:55: 'data.sensitive_attributes[1].bands[1]': expected a number above the edge before it (40)")]
    [InlineData("[sex, {name: age, bands: [40, xx]}]", ":17:55: 'data.sensitive_attributes[1].bands[1]': expected a number, got 'xx'")]
    [InlineData("[sex, {name: age, bands: 40}]", ":17:50: 'data.sensitive_attributes[1].bands': expected a list of numbers such as [40, 65], got '40'")]
    [InlineData("[sex, {name: age, band: [40]}]", ":17:43: 'data.sensitive_attributes[1].band': unknown field; expected one of the fields name, bands")]
    [InlineData("[sex, {name: age}]", ":17:31: 'data.sensitive_attributes[1].bands': expected the band edges of the attribute, such as [40, 65]")]
    [InlineData("[sex, {bands: [40]}]", ":17:31: 'data.sensitive_attributes[1].name': missing; expected a non-empty value")]
    [InlineData("[sex, [age]]", ":17:31: 'data.sensitive_attributes[1]': expected a column name or a section {name: ..., bands: [...]}, got 'a list'")]
    [InlineData("[sex, sex]", ":17:31: 'data.sensitive_attributes[1]': expected each attribute once, got 'sex'")]
    [InlineData("sex", ":17:25: 'data.sensitive_attributes': expected a list such as [sex, {name: age, bands: [40, 65]}], got 'sex'")]
    public void Invalid_cohort_declaration_is_named_with_line_and_column(string declaration, string expected)
    {
        var path = Write(Valid.Replace("[sex, age]", declaration, StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }

    private static string WithFeatures(string section) =>
        Valid.Replace("  column_types: {site: categorical}\n", section.EndsWith('\n') ? section : section + "\n", StringComparison.Ordinal);

    [Theory]
    [InlineData("task: binary", "task: binar", ":6:9: 'model.task': expected one of binary, multiclass, regression, got 'binar'")]
    [InlineData("threshold: 0.3", "threshold: 1.3", ":8:14: 'model.threshold': expected a number from 0 to 1, got '1.3'")]
    [InlineData("eu_mdr_class: IIa", "eu_mdr_class: 2a", ":12:17: 'regulatory.eu_mdr_class': expected one of I, IIa, IIb, III (or null), got '2a'")]
    [InlineData("  label: sepsis", "  lable: sepsis", ":16:3: 'data.lable': unknown field; expected one of the fields")]
    [InlineData("fail_on: warning", "fail_on: fatal", ":29:12: 'checks.fail_on': expected one of none, info, warning, error, got 'fatal'")]
    [InlineData("XAI6001: error", "XAI6001: loud", "'checks.severity.XAI6001': expected one of none, info, warning, error, got 'loud'")]
    [InlineData("      justification: Known leak, removed in v2.", "      justification: \"\"", "'checks.suppressions[0].justification': expected a justification")]
    [InlineData("  id: icu-sepsis-risk\n", "", "'model.id': missing; expected a non-empty value")]
    [InlineData("  evaluation: current.csv\n", "", "'data.evaluation': missing")]
    public void Invalid_field_is_named_with_line_and_column(string find, string replace, string expected)
    {
        var path = Write(Valid.Replace(find, replace, StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_inputs_are_read_in_order_and_absent_means_undeclared()
    {
        var declared = new ManifestReader().Read(Write(Valid.Replace("  format: mlnet\n", "  format: onnx\n  inputs: [lactate, age]\n", StringComparison.Ordinal)));
        var undeclared = new ManifestReader().Read(Write(Valid));

        Assert.Equal(["lactate", "age"], declared.Model.Inputs);
        Assert.Null(undeclared.Model.Inputs);
    }

    [Fact]
    public void Model_inputs_naming_a_column_twice_are_rejected_with_line_and_column()
    {
        var path = Write(Valid.Replace("  format: mlnet\n", "  format: onnx\n  inputs: [age, lactate, age]\n", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.EndsWith(":6:11: 'model.inputs': expected each column once, in the order of the model's feature tensor, got 'age'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_names_line_and_column()
    {
        var path = Write("model:\n  id: [unclosed\n");

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.StartsWith($"{path}:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("not valid YAML", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void A_directory_as_manifest_is_refused_as_a_directory()
    {
        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(folder));

        Assert.Equal($"{folder}: the manifest is a directory, expected a regular file", ex.Message);
    }

    [UnixFact]
    public void Dev_null_as_manifest_is_refused_as_a_character_device()
    {
        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read("/dev/null"));

        Assert.Equal("/dev/null: the manifest is a character device, expected a regular file", ex.Message);
    }

    [Fact]
    public void A_manifest_nested_too_deep_names_file_line_and_column()
    {
        var path = Path.Combine(folder, "deep.yaml");
        File.WriteAllText(path, "model:\n  id: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        // The root and model mappings are the first two levels: the 63rd bracket is the 65th level.
        Assert.Equal($"{path}:2:{"  id: ".Length + 63}: YAML nested deeper than the limit of 64 levels", ex.Message);
    }

    [Fact]
    public void Missing_manifest_file_is_named()
    {
        var path = Path.Combine(folder, "nope.yaml");

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Equal($"{path}: the manifest does not exist", ex.Message);
    }

    [Fact]
    public void Manifest_without_model_file_needs_a_score_column()
    {
        var path = Write(Valid.Replace("  file: model.zip\n", string.Empty, StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Contains("'model.file'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("score_column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_of_a_plugin_owned_rule_id_is_read()
    {
        var manifest = new ManifestReader().Read(Write(Valid.Replace("XAI6001: error,", "XAI6001: error, ACME2001: warning,", StringComparison.Ordinal)));

        Assert.Equal(Severity.Warning, manifest.Checks.Severities["ACME2001"]);
    }

    [Fact]
    public void Severity_key_that_is_neither_a_rule_id_nor_a_family_is_named()
    {
        var path = Write(Valid.Replace("XAI6001: error,", "XAI6001: error, acme-1: warning,", StringComparison.Ordinal));

        var ex = Assert.Throws<InvalidAuditInputException>(() => new ManifestReader().Read(path));

        Assert.Contains("'checks.severity.acme-1': expected a rule ID such as XAI6001 or ACME2001, or a family such as family:DataQuality", ex.Message, StringComparison.Ordinal);
    }

    private string Write(string text)
    {
        var path = Path.Combine(folder, "manifest.yaml");
        File.WriteAllText(path, text);
        return path;
    }
}

public sealed class SampleManifestTests
{
    [Fact]
    public void Sample_manifest_in_the_repository_is_valid_and_complete()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "ExplainableAI.sln")))
        {
            root = root.Parent!;
        }

        var manifest = new ManifestReader().Read(Path.Combine(root.FullName, "samples", "manifest.yaml"));

        Assert.Equal("icu-sepsis-risk", manifest.Registration.Declared.ModelId);
        Assert.Equal(Severity.None, manifest.Checks.Severities["XAI6007"]);
        Assert.Equal(Severity.Warning, manifest.Checks.Severities["family:DataQuality"]);
        Assert.Equal(0.25, manifest.Checks.Options["XAI6001"]["max_missing_rate"]);
        Assert.Equal("crp", Assert.Single(manifest.Checks.Suppressions).Column);
        Assert.Equal(20261125, manifest.Seed);
        Assert.Equal(["site"], manifest.Registration.Declared.SiteColumns);
        Assert.Equal(Monotonicity.Increasing, manifest.Registration.Declared.Features["lactate"].Monotone);
        Assert.True(manifest.Registration.Declared.Features["site"].Irrelevant);
    }
}
