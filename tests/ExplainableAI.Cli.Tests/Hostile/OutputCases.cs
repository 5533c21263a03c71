using System.Diagnostics;

namespace ExplainableAI.Cli.Tests.Hostile;

/// <summary>
/// Hostile output paths: every one is bad input found before any data or model is loaded (one line, exit 2), and
/// nothing is written anywhere.
/// </summary>
internal sealed class OutputCases : IHostileCorpus
{
    private static readonly string? NotOnWindows = OperatingSystem.IsWindows() ? "devices and FIFOs are Unix paths" : null;

    public IEnumerable<HostileCase> Cases =>
    [
        Case("out: --out is an existing file", f => Blocked(f, f.Audit(Data(f))), "is a file"),
        Case("out: --out lies under a file", f => f.AuditInto(UnderAFile(f, "report"), Data(f)), "which is not a folder"),
        Case("out: --out is /dev/null", f => f.AuditInto("/dev/null", Data(f)), "device, pipe or socket") with { SkipReason = NotOnWindows },
        Case("out: --out is a FIFO", f => f.AuditInto(Fifo(f), Data(f)), "device, pipe or socket") with { SkipReason = NotOnWindows },
        Case("out: --out is not writable", f => ReadOnlyOut(f, f.Audit(Data(f))), "cannot be written") with { SkipReason = UnixUser.SkipWhenPermissionsDoNotApply },
        Case("out: --out holds a file xai did not write", f => f.AuditInto(UserFolder(f, "mine"), Data(f)), "'notes.txt'"),
        Case("out: --registry is a folder", f => f.Audit(Data(f), "--registry", f.Path), "found a folder"),
        Case("out: --registry is /dev/null", f => f.Audit(Data(f), "--registry", "/dev/null"), "device, pipe or socket") with { SkipReason = NotOnWindows },
        Case("out: --registry lies under a file", f => f.Audit(Data(f), "--registry", UnderAFile(f, "registry.db")), "which is not a folder"),
        Case("out: --pdf with --out an existing file", f => Blocked(f, f.Audit(Data(f), "--pdf")), "is a file"),
        Case("out: --pdf-appendix with --out not writable", f => ReadOnlyOut(f, f.Audit(Data(f), "--pdf-appendix")), "cannot be written") with { SkipReason = UnixUser.SkipWhenPermissionsDoNotApply },
        Case("out: report render of a missing report.json", f => ["report", "render", f.Combine("nope.json"), "--out", f.Out], "nope.json"),
        Case("out: report render of an invalid report.json", f => ["report", "render", f.File("r.json", "{ \"schemaVersion\": "), "--out", f.Out], "r.json"),
        Case("out: report annex-iv with --out an existing file", f => Blocked(f, ["report", "annex-iv", f.Combine("report.json"), "--out", f.Out]), "is a file"),
        Case("out: predict --out is an existing folder", f => ["predict", "--model", f.Combine("m.zip"), "--data", Data(f), "--out", Folder(f, "predictions")], "is a folder"),
        Case("out: predict --out is /dev/null", f => ["predict", "--model", f.Combine("m.zip"), "--data", Data(f), "--out", "/dev/null"], "device, pipe or socket") with { SkipReason = NotOnWindows },
        Case("out: demo --out is an existing file", f => Blocked(f, ["demo", "--out", f.Out]), "is a file"),
        Case("out: demo report folder holds a file xai did not write", f => ["demo", "--out", Path.GetDirectoryName(UserFolder(f, Path.Combine("demo", "report")))!], "'notes.txt'"),
    ];

    private static HostileCase Case(string name, Func<HostileFolder, string[]> arrange, string error) =>
        new(name, arrange, HostileOutcome.BadInput(error)) { InChildProcess = true };

    private static string Data(HostileFolder f) => f.File("d.csv", HostileFolder.GoodCsv);

    /// <summary>Puts a file where the output folder should be.</summary>
    private static string[] Blocked(HostileFolder f, string[] args)
    {
        f.File("out", "a file, not a folder");
        return args;
    }

    /// <summary>A path under a file.</summary>
    private static string UnderAFile(HostileFolder f, string name) => Path.Combine(f.File("blocker", "a file, not a folder"), name);

    private static string[] ReadOnlyOut(HostileFolder f, string[] args)
    {
        Directory.CreateDirectory(f.Out);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(f.Out, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        }

        return args;
    }

    private static string UserFolder(HostileFolder f, string name)
    {
        f.File(Path.Combine(name, "notes.txt"), "the user's own notes");
        return f.Combine(name);
    }

    private static string Folder(HostileFolder f, string name) => Directory.CreateDirectory(f.Combine(name)).FullName;

    private static string Fifo(HostileFolder f)
    {
        var path = f.Combine("fifo");
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        return path;
    }
}
