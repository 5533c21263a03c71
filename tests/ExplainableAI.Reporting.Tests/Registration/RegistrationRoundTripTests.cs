using System.Text.Json.Nodes;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Tests.Fixtures;
using ExplainableAI.Sdk;
using ExplainableAI.Testing;

namespace ExplainableAI.Reporting.Tests.Registration;

/// <summary>
/// One registration from manifest to check to report.json and back: the object the manifest reader builds is the one
/// every check sees, and report.json records it in the shape schema 1.x has always had.
/// </summary>
public sealed class RegistrationRoundTripTests : IDisposable
{
    private const string Manifest = """
        model:
          id: icu-sepsis-risk
          version: 2.1.0
          intended_purpose: Early warning of sepsis
          intended_users: [ICU physicians, ICU nurses]
          positive_class: "true"
          threshold: 0.3
        regulatory:
          eu_mdr_class: IIa
          jp_pmd_act_class: II
        data:
          evaluation: current.csv
          label: sepsis
          sensitive_attributes: [sex]
          score_column: risk
          site_columns: [site]
          drift_method: psi
          features:
            lactate: {unit: mmol/L, monotone: increasing, min: 0, max: 30}
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("xai-registration-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_manifest_registration_is_the_one_checks_see_and_the_report_records()
    {
        var manifest = new ManifestReader().Read(Write("manifest.yaml", Manifest));
        var check = new RegistrationProbeCheck();

        var report = await Audit(manifest, check);

        Assert.Same(manifest.Registration.Declared, check.Seen);
        Assert.Same(manifest.Registration, report.Registration);
        var declared = check.Seen!;
        Assert.Equal(("icu-sepsis-risk", "2.1.0", "Early warning of sepsis"), (declared.ModelId, declared.ModelVersion, declared.IntendedPurpose));
        Assert.Equal(["ICU physicians", "ICU nurses"], declared.IntendedUsers);
        Assert.Equal(("sepsis", "true", 0.3, "risk", "psi"), (declared.LabelColumn, declared.PositiveClass, declared.Threshold, declared.ScoreColumn, declared.DriftMethod));
        Assert.Equal(["sex"], declared.SensitiveAttributes);
        Assert.Equal(["site"], declared.SiteColumns);
        Assert.Equal(new FeatureFacts("mmol/L", Monotonicity.Increasing, Minimum: 0, Maximum: 30), declared.FactsFor("lactate"));
    }

    [Fact]
    public async Task Report_json_keeps_the_flat_registration_of_schema_1_and_reads_back_to_the_same_text()
    {
        var manifest = new ManifestReader().Read(Write("manifest.yaml", Manifest));
        var json = AuditReportJson.Serialize(await Audit(manifest, new RegistrationProbeCheck()));

        var registration = JsonNode.Parse(json)!["registration"]!.AsObject();

        // The order of reports/schema/report.schema.json's registration: the host's regulatory facts after
        // intendedUsers and the manifest's path after scoreColumn, as before the registration had one type.
        Assert.Equal(
            ["modelId", "modelVersion", "intendedPurpose", "intendedUsers", "regulatory", "labelColumn", "positiveClass", "sensitiveAttributes", "threshold", "scoreColumn", "manifestPath", "features", "siteColumns", "driftMethod", "cohortBands"],
            registration.Select(p => p.Key));
        Assert.Equal("IIa", registration["regulatory"]!["euMdrClass"]!.GetValue<string>());
        Assert.Equal(Path.Combine(folder, "manifest.yaml"), registration["manifestPath"]!.GetValue<string>());
        Assert.Equal(0.3, registration["threshold"]!.GetValue<double>());
        var read = AuditReportJson.Parse(json, "report.json");
        Assert.Equal(manifest.Registration.Regulatory, read.Registration.Regulatory);
        Assert.Equal(manifest.Registration.Declared.FactsFor("lactate"), read.Registration.Declared.FactsFor("lactate"));
        Assert.Equal(json, AuditReportJson.Serialize(read));
    }

    [Theory]
    [InlineData("threshold")]
    [InlineData("regulatory")]
    [InlineData("manifestPath")]
    public async Task A_registration_without_a_member_the_report_always_writes_is_invalid(string member)
    {
        var manifest = new ManifestReader().Read(Write("manifest.yaml", Manifest));
        var root = JsonNode.Parse(AuditReportJson.Serialize(await Audit(manifest, new RegistrationProbeCheck())))!.AsObject();
        root["registration"]!.AsObject().Remove(member);

        var ex = Assert.Throws<InvalidAuditInputException>(() => AuditReportJson.Parse(root.ToJsonString(), "report.json"));

        Assert.Contains($"'{member}'", ex.Message, StringComparison.Ordinal);
    }

    private static async Task<AuditReport> Audit(RegistrationManifest manifest, AuditCheck check)
    {
        var data = TestData.Table(
            TestData.Numeric("risk", 0.9, 0.2),
            TestData.Categorical("sepsis", "true", "false"),
            TestData.Categorical("sex", "F", "M"),
            TestData.Categorical("site", "A", "B"),
            TestData.Numeric("lactate", 4, 1));
        var engine = new AuditEngine(PluginLoader.FromInstances([check]), new ToolInfo("xai-test", "1.0"));
        var result = await engine.RunAsync(new AuditRequest(manifest.Registration, data, null, null, manifest.Checks, 1), CancellationToken.None);

        // The registration is under test, not the regulatory position: any assessed position will do.
        return AuditReport.Assemble(result, ReportFixture.CreateWithRegulatory().Regulatory!);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Keeps the registration its context gave it, and measures one of its facts so it is not a silent check.</summary>
    private sealed class RegistrationProbeCheck : AuditCheck
    {
        public RegistrationInfo? Seen { get; private set; }

        public override IReadOnlyList<RuleDescriptor> Rules => [];

        public override ValueTask RunAsync(CheckContext context, CancellationToken cancellationToken)
        {
            Seen = context.Registration;
            context.Measure("threshold", context.Registration.Threshold);
            return ValueTask.CompletedTask;
        }
    }
}
