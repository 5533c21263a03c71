namespace ExplainableAI.Cli.Tests;

/// <summary>Every bad input exits 2 with one line on stderr that says where and what was expected, and writes nothing.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodCsv = "age,sex,lactate,sepsis\n70,F,2.1,true\n55,M,1.0,false\n61,F,4.2,true\n48,M,0.9,false\n";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Missing_data_file_is_named()
    {
        var missing = temp.Combine("nope.csv");

        var run = await AuditAsync("--data", missing, "--label", "sepsis");

        AssertBadInput(run, missing);
    }

    [Fact]
    public async Task Ragged_csv_row_names_file_and_line()
    {
        var data = temp.File("ragged.csv", "age,sex,sepsis\n70,F,true\n55,M\n");

        var run = await AuditAsync("--data", data, "--label", "sepsis");

        AssertBadInput(run, $"{data}:3");
    }

    [Fact]
    public async Task Unknown_label_column_lists_the_columns()
    {
        var data = temp.File("data.csv", GoodCsv);

        var run = await AuditAsync("--data", data, "--label", "outcome");

        AssertBadInput(run, "'outcome'");
        Assert.Contains("age, sex, lactate, sepsis", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_sensitive_attribute_is_named()
    {
        var data = temp.File("data.csv", GoodCsv);

        var run = await AuditAsync("--data", data, "--label", "sepsis", "--sensitive", "sex,ethnicity");

        AssertBadInput(run, "'ethnicity'");
    }

    [Fact]
    public async Task Invalid_manifest_field_names_file_line_column_and_field()
    {
        var manifest = temp.File("manifest.yaml", "model:\n  id: m\n  version: 1\n  file: m.zip\n  task: binar\n  intended_purpose: x\ndata:\n  evaluation: d.csv\n");

        var run = await AuditAsync("--manifest", manifest);

        AssertBadInput(run, $"{manifest}:5:9: 'model.task': expected one of binary, multiclass, regression, got 'binar'");
    }

    [Fact]
    public async Task Invalid_declared_facts_file_names_file_line_and_field()
    {
        var data = temp.File("data.csv", "age,sex,score,sepsis\n70,F,0.8,true\n55,M,0.1,false\n61,F,0.6,true\n48,M,0.2,false\n");
        var facts = temp.File("facts.yaml", "is_ai_system: yes\nmdr_class: IIc\n");
        var manifest = temp.File(
            "manifest.yaml",
            "model:\n  id: m\n  version: 1\n  task: binary\n  intended_purpose: x\nregulatory:\n  declared_facts: facts.yaml\n" +
            "data:\n  evaluation: data.csv\n  label: sepsis\n  score_column: score\n");

        var run = await AuditAsync("--manifest", manifest);

        AssertBadInput(run, $"{facts}:2:");
        Assert.Contains("'mdr_class'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(data)!, "out", "report.json")));
    }

    [Theory]
    [InlineData("  site_columns: [hospital]\n", "site column 'hospital' is not a column of the data")]
    [InlineData("  features:\n    lactate: {unit: mmol/L}\n", "feature 'lactate' declared in data.features is not a column of the data")]
    public async Task Declared_site_column_or_feature_missing_from_the_data_is_named(string declaration, string expected)
    {
        var data = temp.File("data.csv", "age,sex,score,sepsis\n70,F,0.8,true\n55,M,0.1,false\n61,F,0.6,true\n48,M,0.2,false\n");
        var manifest = temp.File(
            "manifest.yaml",
            "model:\n  id: m\n  version: 1\n  task: binary\n  intended_purpose: x\n" +
            "data:\n  evaluation: data.csv\n  label: sepsis\n  score_column: score\n" + declaration);

        var run = await AuditAsync("--manifest", manifest);

        AssertBadInput(run, expected);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(data)!, "out", "report.json")));
    }

    [Fact]
    public async Task Corrupt_model_file_is_named()
    {
        var data = temp.File("data.csv", GoodCsv);
        var model = temp.File("model.zip", "this is not a zip archive");

        var run = await AuditAsync("--data", data, "--label", "sepsis", "--model", model);

        AssertBadInput(run, model);
    }

    [Fact]
    public async Task Unknown_model_extension_is_rejected()
    {
        var data = temp.File("data.csv", GoodCsv);
        var model = temp.File("model.pkl", "pickle");

        var run = await AuditAsync("--data", data, "--label", "sepsis", "--model", model);

        AssertBadInput(run, model);
    }

    [Fact]
    public async Task Unknown_fail_on_value_is_rejected()
    {
        var data = temp.File("data.csv", GoodCsv);

        var run = await AuditAsync("--data", data, "--fail-on", "fatal");

        AssertBadInput(run, "'--fail-on': expected one of none, info, warning, error, got 'fatal'");
    }

    [Fact]
    public async Task Unknown_command_is_named_with_the_list_of_commands()
    {
        var run = await CliRun.RunAsync("audti", "--data", "x.csv");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("error: unknown command 'audti'; the commands are: demo, audit, predict, ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_bad_usage()
    {
        var run = await CliRun.RunAsync("audit", "--dta", "x.csv", "--out", temp.Combine("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(Lines(run.Error));
        Assert.False(Directory.Exists(temp.Combine("out")));
    }

    [Fact]
    public async Task Missing_plugin_folder_is_named()
    {
        var data = temp.File("data.csv", GoodCsv);
        var plugins = temp.Combine("no-such-plugins");

        var run = await AuditAsync("--data", data, "--plugins", plugins);

        AssertBadInput(run, plugins);
    }

    [Fact]
    public async Task Broken_template_writes_no_report_at_all()
    {
        var data = temp.File("data.csv", GoodCsv);
        var templates = temp.Combine("templates");
        temp.File(Path.Combine("templates", "report.html.sbn"), "<html>{{ for x in }}</html>");

        var run = await AuditAsync("--data", data, "--label", "sepsis", "--templates", templates);

        AssertBadInput(run, "report.html.sbn");
    }

    [Fact]
    public async Task A_label_flag_over_a_manifest_is_checked_against_the_data_like_the_manifests_own()
    {
        // Registration flags override the manifest (#16): the manifest's label is sepsis, the flag's is not a column.
        temp.File("data.csv", GoodCsv);
        var manifest = temp.File(
            "manifest.yaml",
            "model:\n  id: m\n  version: 1\n  intended_purpose: x\ndata:\n  evaluation: data.csv\n  label: sepsis\n  score_column: lactate\n");

        var run = await AuditAsync("--manifest", manifest, "--label", "outcome");

        AssertBadInput(run, "label column 'outcome' is not in the data");
    }

    [Fact]
    public async Task Override_flags_do_not_rescue_an_invalid_manifest()
    {
        var manifest = temp.File("manifest.yaml", "model: {}\n");

        var run = await AuditAsync("--manifest", manifest, "--model", "m.zip");

        AssertBadInput(run, "'model.id'");
    }

    [Fact]
    public async Task Unknown_report_language_writes_no_report_at_all()
    {
        var data = temp.File("data.csv", GoodCsv);

        var run = await AuditAsync("--data", data, "--label", "sepsis", "--lang", "fr");

        AssertBadInput(run, "fr.json");
    }

    private Task<CliRun> AuditAsync(params string[] args) => CliRun.RunAsync(["audit", .. args, "--out", temp.Combine("out")]);

    private void AssertBadInput(CliRun run, string expectedInMessage)
    {
        Assert.True(run.ExitCode == 2, run.ToString());
        var line = Assert.Single(Lines(run.Error));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expectedInMessage, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        var written = Directory.Exists(temp.Combine("out")) ? Directory.GetFiles(temp.Combine("out"), "*", SearchOption.AllDirectories) : [];
        Assert.Empty(written);
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
