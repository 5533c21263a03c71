using System.Text;
using ExplainableAI.Tests.Shared;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Inputs that are not regular files (FIFOs, devices, directories) and YAML or JSON built to exhaust the reader (alias
/// bombs, deep nesting, huge scalars, bad encodings, mistyped model members). Cases that used to hang or crash the
/// process run as a child process, so a regression shows as a timeout or an exit code instead of killing the test run.
/// </summary>
internal sealed class FileAndYamlCases : IHostileCorpus
{
    /// <summary>The data of a manifest audit from scores alone: no model needed.</summary>
    private const string ScoredCsv = "age,sex,score,sepsis\n70,F,0.8,true\n55,M,0.1,false\n61,F,0.6,true\n48,M,0.2,false\n66,M,0.7,true\n52,F,0.3,false\n";

    private const string ManifestHead = "model:\n  id: m\n  version: 1\n  task: binary\n  intended_purpose: x\n";

    private const string ManifestData = "data:\n  evaluation: d.csv\n  label: sepsis\n  score_column: score\n";

    public IEnumerable<HostileCase> Cases =>
    [
        Special("file: /dev/zero as model", f => f.Audit(Good(f), "--model", SpecialFiles.Zero, "--model-format", "xgboost"),
            HostileOutcome.BadInput("/dev/zero: the xgboost model file is a character device, expected a regular file")),
        Special("file: FIFO as model", f => f.Audit(Good(f), "--model", SpecialFiles.Fifo(f.Combine("m.json"))),
            HostileOutcome.BadInput("m.json: the xgboost model file is a FIFO (named pipe), expected a regular file")),
        Special("file: symbolic link to /dev/zero as model", f => f.Audit(Good(f), "--model", Link(f, "m.onnx", SpecialFiles.Zero)),
            HostileOutcome.BadInput("m.onnx: the onnx model file is a character device")),
        Special("file: FIFO as data", f => f.Audit(SpecialFiles.Fifo(f.Combine("d.csv"))),
            HostileOutcome.BadInput("d.csv: the data file is a FIFO (named pipe), expected a regular file")),
        Special("file: FIFO as reference data", f => f.Audit(Good(f), "--reference", SpecialFiles.Fifo(f.Combine("r.csv"))),
            HostileOutcome.BadInput("r.csv: the data file is a FIFO")),
        Special("file: /dev/zero as parquet data", f => f.Audit(Link(f, "d.parquet", SpecialFiles.Zero)),
            HostileOutcome.BadInput("d.parquet: the data file is a character device")),
        new("file: directory as data", f => f.Audit(Directory.CreateDirectory(f.Combine("d.csv")).FullName),
            HostileOutcome.BadInput("d.csv: the data file is a directory, expected a regular file")),
        Special("file: /dev/null as manifest", f => ["audit", "--manifest", "/dev/null", "--out", f.Out],
            HostileOutcome.BadInput("/dev/null: the manifest is a character device, expected a regular file")),
        Special("file: FIFO as manifest", f => ["audit", "--manifest", SpecialFiles.Fifo(f.Combine("m.yaml")), "--out", f.Out],
            HostileOutcome.BadInput("m.yaml: the manifest is a FIFO")),
        Special("file: FIFO as declared-facts file", f => Manifest(f, ManifestHead + "regulatory:\n  declared_facts: facts.yaml\n" + ManifestData, _ => SpecialFiles.Fifo(f.Combine("facts.yaml"))),
            HostileOutcome.BadInput("facts.yaml: the declared-facts file is a FIFO")),
        Special("file: FIFO named like a plugin", f => f.Audit(Good(f), "--plugins", Plugins(f)),
            HostileOutcome.BadInput("evil.dll: the plugin file is a FIFO")),
        Special("file: FIFO as report.json to render", f => ["report", "render", SpecialFiles.Fifo(f.Combine("report.json")), "--out", f.Out],
            HostileOutcome.BadInput("report.json: the report is a FIFO")),
        Yaml("yaml: alias used as a mapping key", "base: &b {x: 1}\nmodel: {? *b : 1}\n", HostileOutcome.BadInput("m.yaml:2:11: YAML alias *b used in a mapping key")),

        // The budget is crossed on line 4 (see YamlFileTests for the count), long before the key or the value that would expand 10^9 nodes.
        Yaml("yaml: alias bomb through mapping keys", AliasBomb(inKeys: true), HostileOutcome.BadInput("m.yaml:4:45: YAML aliases expand to more than the limit of 10000 nodes")),
        Yaml("yaml: alias bomb through values", AliasBomb(inKeys: false), HostileOutcome.BadInput("m.yaml:4:45: YAML aliases expand to more than the limit of 10000 nodes")),
        Yaml("yaml: alias inside the node it names", "model: &m {id: *m}\n", HostileOutcome.BadInput("m.yaml:1:16: YAML alias *m is inside the node it names")),
        Yaml("yaml: nested 50,000 deep", "model: " + new string('[', 50_000) + new string(']', 50_000) + "\n",
            HostileOutcome.BadInput($"m.yaml:1:{"model: ".Length + 64}: YAML nested deeper than the limit of 64 levels")),
        Yaml("yaml: tab in the indentation", "model:\n\tid: m\n", HostileOutcome.BadInput("m.yaml:2:1: not valid YAML")),
        Yaml("yaml: huge scalar above 1 MiB", ManifestHead.Replace("x\n", new string('x', (1 << 20) + 1) + "\n", StringComparison.Ordinal) + ManifestData,
            HostileOutcome.BadInput("m.yaml: the manifest is larger than the limit of 1 MiB")),
        new("yaml: invalid UTF-8", f => Manifest(f, [.. "model:\n  id: caf"u8, 0xE9, .. "\n"u8]), HostileOutcome.BadInput("m.yaml:2:10: not valid UTF-8")),
        new("yaml: byte order mark is read", f => Manifest(f, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(ManifestHead + ManifestData)]), HostileOutcome.GateFailed()),
        new("yaml: alias bomb in the declared-facts file", f => Manifest(f, ManifestHead + "regulatory:\n  declared_facts: facts.yaml\n" + ManifestData, _ => f.File("facts.yaml", AliasBomb(inKeys: true))),
            HostileOutcome.BadInput("facts.yaml:4:45: YAML aliases expand")) { InChildProcess = true },
        // Option values are typed by the rules of the loaded plugins: checked after loading them, before reading any data.
        Options("yaml: a grouping option that moved to the sensitive attributes", "    XAI2007: {numeric_bin_edges: [40, 65]}\n",
            HostileOutcome.BadInput("m.yaml:12:34: rule XAI2007 has no option 'numeric_bin_edges': groups are defined once for every check; declare the band edges of a numeric attribute in data.sensitive_attributes")),
        Yaml("yaml: a word in the band edges of a sensitive attribute", ManifestHead + ManifestData + "  sensitive_attributes: [{name: age, bands: [40, forty]}]\n",
            HostileOutcome.BadInput("m.yaml:10:50: 'data.sensitive_attributes[0].bands[1]': expected a number, got 'forty'")),
        Options("yaml: a number for a switch option", "    XAI2007:\n      intersections: 1\n",
            HostileOutcome.BadInput("m.yaml:13:22: option XAI2007.intersections expects true or false, got '1'")),
        Options("yaml: an option the rule does not declare", "    XAI2007: {numeric_bin_edge_1: 40}\n",
            HostileOutcome.BadInput("m.yaml:12:35: rule XAI2007 has no option 'numeric_bin_edge_1'; its options are")),
        Model("json: XGBoost model without learner", "{\"version\": [1, 7, 4]}", HostileOutcome.BadInput("m.json: 'learner': missing; expected")),
        Model("json: XGBoost model nested 100,000 deep", new string('[', 100_000) + new string(']', 100_000), HostileOutcome.BadInput("m.json:1:65: not valid JSON")),
        Model("json: XGBoost model with a string where a number belongs", Stump.Replace("\"split_indices\":[0,0,0]", "\"split_indices\":[\"0\",0,0]", StringComparison.Ordinal),
            HostileOutcome.BadInput("'learner.gradient_booster.model.trees[0].split_indices[0]': expected a whole number, found the string \"0\"")),
        Model("json: XGBoost model with a child outside its tree", Stump.Replace("\"right_children\":[2,-1,-1]", "\"right_children\":[99,-1,-1]", StringComparison.Ordinal),
            HostileOutcome.BadInput("'learner.gradient_booster.model.trees[0].right_children[0]': expected a child node index")),
        new("json: report.json nested 100,000 deep", f => ["report", "render", f.File("report.json", new string('[', 100_000) + new string(']', 100_000)), "--out", f.Out],
            HostileOutcome.BadInput("report.json:1:65: invalid report JSON")) { InChildProcess = true },
    ];

    // One tree on feature "age": age < 60 → -1, else 2.
    private static string Stump =>
        """
        {"learner":{"feature_names":["age"],"learner_model_param":{"base_score":"5E-1","num_class":"0","num_feature":"1"},
         "objective":{"name":"binary:logistic"},
         "gradient_booster":{"name":"gbtree","model":{"tree_info":[0],"trees":[{
           "left_children":[1,-1,-1],"right_children":[2,-1,-1],"split_indices":[0,0,0],"split_conditions":[6E1,-1E0,2E0],
           "default_left":[1,0,0],"sum_hessian":[1E1,4E0,6E0],"split_type":[0,0,0]}]}}},"version":[1,7,4]}
        """;

    /// <summary>Nine levels of ten aliases: 10^9 nodes when expanded, from about 1 KB.</summary>
    private static string AliasBomb(bool inKeys)
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        return yaml.Append(inKeys ? "bomb: {? *a9 : 1}\n" : "bomb: *a9\n").ToString();
    }

    /// <summary>A case on special files: run as a child process (it used to hang), skipped where FIFOs do not exist.</summary>
    private static HostileCase Special(string name, Func<HostileFolder, string[]> arrange, HostileOutcome expected) =>
        new(name, arrange, expected) { InChildProcess = true, SkipReason = SpecialFiles.SkipReason };

    /// <summary>A case on the manifest's YAML: run as a child process (it used to burn CPU or overflow the stack).</summary>
    private static HostileCase Yaml(string name, string manifest, HostileOutcome expected) =>
        new(name, f => Manifest(f, Encoding.UTF8.GetBytes(manifest)), expected) { InChildProcess = true };

    /// <summary>A manifest audit from scores whose <c>checks.options</c> (from line 12) hold <paramref name="options"/>.</summary>
    private static HostileCase Options(string name, string options, HostileOutcome expected) =>
        new(name, f => Manifest(f, Encoding.UTF8.GetBytes(ManifestHead + ManifestData + "checks:\n  options:\n" + options)), expected);

    private static HostileCase Model(string name, string json, HostileOutcome expected) =>
        new(name, f => f.Audit(Good(f), "--model", f.File("m.json", json)), expected);

    private static string Good(HostileFolder f) => f.File("d.csv", HostileFolder.GoodCsv);

    private static string Link(HostileFolder f, string name, string target) => File.CreateSymbolicLink(f.Combine(name), target).FullName;

    private static string Plugins(HostileFolder f)
    {
        var folder = Directory.CreateDirectory(f.Combine("plugins")).FullName;
        SpecialFiles.Fifo(Path.Combine(folder, "evil.dll"));
        return folder;
    }

    private static string[] Manifest(HostileFolder f, byte[] manifest)
    {
        f.File("d.csv", ScoredCsv);
        return ["audit", "--manifest", f.File("m.yaml", manifest), "--out", f.Out];
    }

    private static string[] Manifest(HostileFolder f, string manifest, Func<HostileFolder, string> arrangeMore)
    {
        arrangeMore(f);
        return Manifest(f, Encoding.UTF8.GetBytes(manifest));
    }
}
