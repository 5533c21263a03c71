using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ExplainableAI.Core;
using ExplainableAI.Reporting.Html;
using ExplainableAI.Sdk;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ExplainableAI.Reporting;

/// <summary>
/// Renders a report as one self-contained HTML document from the Scriban templates in
/// <see cref="ReportOptions.TemplatesDirectory"/> (<c>report.html.sbn</c> and the files it includes).
/// </summary>
/// <remarks>
/// Escaping is the default: the template sees the report only through a model in which every string is already
/// HTML-escaped, and its helper functions return numbers and SVG that escape their text. Templates run with loop and
/// recursion limits and strict variables, and can include only files of the templates folder.
/// </remarks>
public sealed partial class HtmlReportRenderer
{
    /// <summary>The template every render starts from.</summary>
    public const string MainTemplateName = "report.html.sbn";

    // Characters a render may produce, nested includes counted each time they are copied into their parent.
    private const int OutputLimit = 256 * 1024 * 1024;

    /// <summary>Renders the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="options">Templates folder and language.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="InvalidAuditInputException">A template is missing, does not parse, or fails while rendering; or the UI strings are missing or invalid.</exception>
    public string Render(AuditReport report, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.EffectiveTemplatesDirectory;
        var mainPath = Path.Combine(directory, MainTemplateName);
        if (!File.Exists(mainPath))
        {
            throw new InvalidAuditInputException($"report template not found; expected {MainTemplateName} in the templates folder '{directory}'", file: mainPath);
        }

        // Every template of the folder is parsed up front, so an error in an include is reported as a parse error of
        // that file, before anything is rendered.
        Template? main = null;
        foreach (var path in Directory.EnumerateFiles(directory, "*.sbn").Order(StringComparer.Ordinal))
        {
            InputFile.Require(path, "report template");
            var template = Template.Parse(File.ReadAllText(path, Encoding.UTF8), path);
            if (template.HasErrors)
            {
                throw ParseError(template, path);
            }

            if (string.Equals(path, mainPath, StringComparison.Ordinal))
            {
                main = template;
            }
        }

        var strings = UiStrings.Load(directory, options.Language);
        var context = new TemplateContext
        {
            LoopLimit = 100_000,
            RecursiveLimit = 64,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new TemplateDirectoryLoader(directory),
            NewLine = "\n",

            // Scriban's default output budget (1 Mi characters, counted again for every nested include) cut large
            // reports short with a silent "...": the rules and provenance were lost. The budget stays, generous, and
            // reaching it is an error rather than a truncated audit document.
            LimitToString = OutputLimit,
            OutputLimit = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(ReportModel.Build(report, strings, options.Language, options.Part));
        try
        {
            // Template indentation is for people editing templates; a report of a large audit should not carry it.
            return LeadingIndentation().Replace(main!.Render(context), "\n");
        }
        catch (ScriptRuntimeException ex)
        {
            throw new InvalidAuditInputException(
                $"report template failed: {ex.OriginalMessage}",
                file: ex.Span.FileName ?? mainPath,
                line: ex.Span.Start.Line + 1,
                column: ex.Span.Start.Column + 1,
                innerException: ex);
        }
    }

    // The report has no <pre> or <textarea>, so indentation at line starts is never content.
    [GeneratedRegex("\n[ \t]+")]
    private static partial Regex LeadingIndentation();

    private static InvalidAuditInputException ParseError(Template template, string path)
    {
        var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
        var all = string.Join("; ", template.Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => m.Message));
        return new InvalidAuditInputException(
            $"report template does not parse: {all}",
            file: first.Span.FileName ?? path,
            line: first.Span.Start.Line + 1,
            column: first.Span.Start.Column + 1);
    }
}
