namespace ExplainableAI.Reporting.Tests.Html;

/// <summary>A temporary copy of the shipped templates (and UI strings beside them) that a test may break.</summary>
internal sealed class TemplateFolder : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("xai-templates-");

    public TemplateFolder()
    {
        Templates = Path.Combine(root.FullName, "templates");
        Directory.CreateDirectory(Templates);
        foreach (var file in Directory.EnumerateFiles(ReportOptions.DefaultTemplatesDirectory))
        {
            File.Copy(file, Path.Combine(Templates, Path.GetFileName(file)));
        }

        var i18n = Path.Combine(root.FullName, "i18n");
        Directory.CreateDirectory(i18n);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "reports", "i18n", "en.json"), Path.Combine(i18n, "en.json"));
    }

    public string Templates { get; }

    public string Root => root.FullName;

    public ReportOptions Options => new(Templates);

    public string Write(string name, string content)
    {
        var path = Path.Combine(Templates, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => root.Delete(recursive: true);
}
