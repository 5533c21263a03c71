using System.Text;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>The temporary folder of one hostile case, with a few well-formed inputs to spoil.</summary>
internal sealed class HostileFolder(string path)
{
    /// <summary>A small well-formed evaluation set with a binary label.</summary>
    public const string GoodCsv = "age,sex,lactate,sepsis\n70,F,2.1,true\n55,M,1.0,false\n61,F,4.2,true\n48,M,0.9,false\n66,M,3.3,true\n52,F,1.2,false\n";

    public string Path { get; } = path;

    /// <summary>The output folder the runner checks; the case must pass it as <c>--out</c>.</summary>
    public string Out => System.IO.Path.Combine(Path, "out");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string File(string name, string contents) => File(name, Encoding.UTF8.GetBytes(contents));

    public string File(string name, byte[] contents)
    {
        var file = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllBytes(file, contents);
        return file;
    }

    /// <summary>
    /// The arguments of an audit of <paramref name="data"/> without a model, writing to <paramref name="output"/> rather
    /// than <see cref="Out"/> (for output folders the runner's "nothing under Out" check cannot describe: a file, a device,
    /// a folder holding a user's file).
    /// </summary>
    public string[] AuditInto(string output, string data, params string[] more) => ["audit", "--data", data, "--label", "sepsis", .. more, "--out", output];

    /// <summary>The arguments of an audit of <paramref name="data"/> without a model, writing to <see cref="Out"/>.</summary>
    public string[] Audit(string data, params string[] more) => ["audit", "--data", data, "--label", "sepsis", .. more, "--out", Out];
}
