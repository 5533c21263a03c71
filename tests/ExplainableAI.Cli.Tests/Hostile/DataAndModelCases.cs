using System.Globalization;
using System.Text;
using ExplainableAI.Tests.Shared;
using Parquet;
using Parquet.Schema;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Hostile data files (CSV, Parquet) and tree models (LightGBM text, XGBoost JSON): each is refused as bad input naming the
/// file and, where the format has lines, the line and column, instead of crashing, exhausting memory or passing silently.
/// </summary>
internal sealed class DataAndModelCases : IHostileCorpus
{
    private const string Header = "age,sex,lactate,sepsis\n";

    public IEnumerable<HostileCase> Cases =>
    [
        new("data: 17 MB row", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.1,true\n55,M,{new string('1', 17_000_000)},false\n")), HostileOutcome.BadInput("d.csv:3: The row starting here is longer than")),
        new("data: 17 MB quoted field", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.1,true\n55,\"{new string('M', 17_000_000)}\",1.0,false\n")), HostileOutcome.BadInput("d.csv:3: The row starting here is longer than")),
        new("data: 2 MB value", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.1,true\n55,\"{new string('M', 2_000_000)}\",1.0,false\n")), HostileOutcome.BadInput("d.csv:3:2: The field has 2000000 characters")),
        new("data: NUL in a numeric field", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.\01,true\n55,M,1.0,false\n")), HostileOutcome.BadInput("d.csv:2:8: The file holds a NUL byte")),
        new("data: decimal commas with ';'", f => f.Audit(f.File("d.csv", "age;sex;lactate;sepsis\n70;F;2,1;true\n55;M;1,0;false\n61;F;4,2;true\n")), HostileOutcome.BadInput("d.csv:2:3: 'lactate': The column holds numbers written with a decimal comma, first '2,1'")),
        new("data: quoted decimal commas", f => f.Audit(f.File("d.csv", $"{Header}70,F,\"0,964\",true\n55,M,\"1,5\",false\n")), HostileOutcome.BadInput("'lactate': The column holds numbers written with a decimal comma")),
        new("data: numbers with one stray text value", f => f.Audit(f.File("d.csv", Header + StrayText())), HostileOutcome.BadInput("d.csv:12:3: 'lactate': The column holds numbers but 1 of its cells are not, first '<0.5'")),
        new("data: header only", f => f.Audit(f.File("d.csv", Header)), HostileOutcome.BadInput("d.csv: The file has no rows")),
        new("data: header only reference", f => f.Audit(f.File("d.csv", HostileFolder.GoodCsv), "--reference", f.File("r.csv", Header + "\n\n")), HostileOutcome.BadInput("r.csv: The file has no rows")),
        new("data: only a BOM", f => f.Audit(f.File("d.csv", [0xEF, 0xBB, 0xBF])), HostileOutcome.BadInput("d.csv:1:1: The file is empty")),
        new("data: invalid UTF-8", f => f.Audit(f.File("d.csv", [.. Encoding.UTF8.GetBytes(Header + "70,F,2.1,true\n55,"), 0xC3, 0x28, .. "M,1.0,false\n"u8])), HostileOutcome.BadInput("d.csv:3:4: the bytes are not valid UTF-8")),
        new("data: unbalanced quote at end of file", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.1,true\n55,M,1.0,\"false\n")), HostileOutcome.BadInput("d.csv:3:10: A quote opened here is never closed")),
        new("data: 100,000 columns", f => f.Audit(f.File("d.csv", Wide(100_000))), HostileOutcome.BadInput("d.csv:1:16385: The header has 100001 columns; expected at most 16384")),
        new("data: duplicate column names", f => f.Audit(f.File("d.csv", "age,sex,age,sepsis\n70,F,71,true\n")), HostileOutcome.BadInput("d.csv:1:3: 'age': The header repeats column name 'age'")),
        new("data: empty column name", f => f.Audit(f.File("d.csv", "age,,lactate,sepsis\n70,F,2.1,true\n")), HostileOutcome.BadInput("d.csv:1:2: The header has an empty column name")),
        new("data: label column all missing", f => f.Audit(f.File("d.csv", $"{Header}70,F,2.1,NA\n55,M,1.0,\n61,F,4.2,null\n")), HostileOutcome.BadInput("'sepsis'")),
        new("data: truncated Parquet", f => f.Audit(TruncatedParquet(f)), HostileOutcome.BadInput("d.parquet")),
        new("data: Parquet without rows", f => f.Audit(Parquet(f, 0)), HostileOutcome.BadInput("d.parquet: The file has no rows")),
        new("model: LightGBM truncated (tree_sizes lists two trees, one is there)", f => AuditModel(f, LightGbm(treeSizes: "400 400")), HostileOutcome.BadInput("m.txt:10: 'tree_sizes': tree_sizes lists 2 trees but the file holds 1")),
        new("model: LightGBM cut inside a tree", f => AuditModel(f, LightGbm()[..^30]), HostileOutcome.BadInput("without the line 'end of trees'")),
        new("model: LightGBM child index out of range", f => AuditModel(f, LightGbm(rightChild: "-2 7")), HostileOutcome.BadInput("tree 0 node 1 has the child 7")),
        new("model: LightGBM cycle", f => AuditModel(f, LightGbm(rightChild: "-2 0")), HostileOutcome.BadInput("tree 0 node 1 has the child 0; expected a later node")),
        new("model: LightGBM node with two parents", f => AuditModel(f, LightGbm(rightChild: "1 -3")), HostileOutcome.BadInput("tree 0 node 1 is the child of 2 nodes")),
        new("model: XGBoost tree 30,000 levels deep", f => AuditModel(f, DeepXGBoost(30_000), "m.json"), HostileOutcome.BadInput("Tree 0 is more than 256 levels deep")) { InChildProcess = true },
    ];

    private static string[] AuditModel(HostileFolder f, string model, string name = "m.txt") =>
        f.Audit(f.File("d.csv", HostileFolder.GoodCsv), "--model", f.File(name, model));

    // Twenty lactate values, one of them a detection limit: a measurement with a misread cell, not a column of codes.
    private static string StrayText() =>
        string.Concat(Enumerable.Range(0, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"{50 + i},F,{(i == 10 ? "<0.5" : (1.5 + i).ToString(CultureInfo.InvariantCulture))},{i % 2 == 0}\n")));

    private static string Wide(int extra) =>
        "sepsis," + string.Join(',', Enumerable.Range(0, extra).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture))) + "\n"
        + "true," + string.Join(',', Enumerable.Repeat("1", extra)) + "\n";

    private static string TruncatedParquet(HostileFolder f)
    {
        var whole = File.ReadAllBytes(Parquet(f, 6));
        return f.File("d.parquet", whole[..(whole.Length / 2)]);
    }

    private static string Parquet(HostileFolder f, int rows)
    {
        var path = f.Combine("d.parquet");
        WriteParquetAsync(path, rows).GetAwaiter().GetResult();
        return path;
    }

    private static async Task WriteParquetAsync(string path, int rows)
    {
        var age = new DataField<double>("age");
        var sepsis = new DataField<bool>("sepsis");
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(age, sepsis), stream);
        using var group = writer.CreateRowGroup();
        await group.WriteAsync<double>(age, Enumerable.Range(0, rows).Select(i => 50.0 + i).ToArray().AsMemory());
        await group.WriteAsync<bool>(sepsis, Enumerable.Range(0, rows).Select(i => i % 2 == 0).ToArray().AsMemory());
    }

    // The shared two-split model with tree_sizes and node 1's children spoiled as a case needs, closed as save_model closes it.
    private static string LightGbm(string treeSizes = "400", string rightChild = "-2 -3") =>
        LightGbmText.TwoSplits()
            .Replace("tree_sizes=400", "tree_sizes=" + treeSizes, StringComparison.Ordinal)
            .Replace("right_child=-2 -3", "right_child=" + rightChild, StringComparison.Ordinal)
        + "end of trees\n\n";

    // One XGBoost tree of `depth` splits in a chain on age: inner node 2i goes left to leaf 2i + 1 and right to node 2i + 2.
    private static string DeepXGBoost(int depth)
    {
        var nodes = (2 * depth) + 1;
        var lefts = new StringBuilder();
        var rights = new StringBuilder();
        var conditions = new StringBuilder();
        for (var n = 0; n < nodes; n++)
        {
            var inner = n % 2 == 0 && n < nodes - 1;
            var separator = n == 0 ? string.Empty : ",";
            lefts.Append(separator).Append(inner ? n + 1 : -1);
            rights.Append(separator).Append(inner ? n + 2 : -1);
            conditions.Append(separator).Append(inner ? "5E1" : "1E-1");
        }

        string Repeat(string value) => string.Join(',', Enumerable.Repeat(value, nodes));
        return $$$$"""
            {"learner":{"feature_names":["age"],"learner_model_param":{"base_score":"5E-1","num_class":"0","num_feature":"1"},
             "objective":{"name":"binary:logistic"},
             "gradient_booster":{"name":"gbtree","model":{"tree_info":[0],"trees":[{
               "left_children":[{{{{lefts}}}}],"right_children":[{{{{rights}}}}],"split_indices":[{{{{Repeat("0")}}}}],"split_conditions":[{{{{conditions}}}}],
               "default_left":[{{{{Repeat("0")}}}}],"sum_hessian":[{{{{Repeat("1E0")}}}}],"split_type":[{{{{Repeat("0")}}}}]}]}}},"version":[1,7,4]}
            """;
    }
}
