using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// Resolves <c>include "name.sbn"</c> to a file directly inside the templates folder and nowhere else: no subfolders,
/// no <c>..</c>, no absolute paths, so a template cannot read arbitrary files into a report.
/// </summary>
internal sealed class TemplateDirectoryLoader : ITemplateLoader
{
    private readonly string root;

    /// <summary>Creates a loader for one folder.</summary>
    /// <param name="root">The templates folder (full path).</param>
    public TemplateDirectoryLoader(string root) => this.root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    /// <inheritdoc/>
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsPlainTemplateName(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\" is not allowed: expected the file name of a .sbn template in the templates folder");
        }

        var path = Path.GetFullPath(Path.Combine(this.root, templateName));
        if (!string.Equals(Path.GetDirectoryName(path), this.root, StringComparison.Ordinal) || !File.Exists(path))
        {
            throw new ScriptRuntimeException(callerSpan, $"include \"{templateName}\" not found in the templates folder");
        }

        return path;
    }

    /// <inheritdoc/>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    /// <inheritdoc/>
    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(File.ReadAllText(templatePath));

    /// <summary>Whether a name is a bare <c>*.sbn</c> file name of letters, digits, <c>_ - .</c>.</summary>
    /// <param name="name">The name given to <c>include</c>.</param>
    /// <returns><see langword="true"/> when allowed.</returns>
    public static bool IsPlainTemplateName(string? name) =>
        !string.IsNullOrEmpty(name)
        && name.EndsWith(".sbn", StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal)
        && name.AsSpan().IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.") < 0;
}
