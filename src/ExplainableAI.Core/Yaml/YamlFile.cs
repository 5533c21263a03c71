using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using ExplainableAI.Sdk;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ExplainableAI.Core;

/// <summary>
/// The one way the tool reads YAML (manifests, declared facts, the requirement catalog): a regular file within
/// <see cref="YamlLimits.MaxBytes"/>, strict UTF-8 (a BOM is allowed), parsed within the depth and alias bounds. Every
/// problem is an <see cref="InvalidAuditInputException"/> naming the file, line and column.
/// </summary>
public static partial class YamlFile
{
    /// <summary>Reads and parses a YAML file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="description">What the file is, as errors name it, such as <c>manifest</c>.</param>
    /// <param name="limits">The bounds; <see langword="null"/> for <see cref="YamlLimits.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The parsed documents.</returns>
    /// <exception cref="InvalidAuditInputException">The file is not a readable regular file, too large, not UTF-8, not YAML, or beyond a limit.</exception>
    public static YamlStream Load(string path, string description, YamlLimits? limits = null, CancellationToken cancellationToken = default)
    {
        limits ??= YamlLimits.Default;
        var bytes = InputFile.ReadAllBytes(path, description, limits.MaxBytes, cancellationToken);
        using var text = new StringReader(DecodeUtf8(bytes, path));
        return Parse(text, path, limits);
    }

    /// <summary>Parses YAML text within the depth and alias bounds (the size bound applies to files).</summary>
    /// <param name="text">The YAML.</param>
    /// <param name="file">The name errors give.</param>
    /// <param name="limits">The bounds; <see langword="null"/> for <see cref="YamlLimits.Default"/>.</param>
    /// <returns>The parsed documents.</returns>
    /// <exception cref="InvalidAuditInputException">Not YAML, or beyond a limit.</exception>
    public static YamlStream Parse(TextReader text, string file, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yaml = text.ReadToEnd();
        var stream = new YamlStream();
        try
        {
            stream.Load(new LimitedYamlParser(new Parser(new StringReader(yaml)), limits ?? YamlLimits.Default, file));
        }
        catch (YamlException ex)
        {
            var problem = MarkPrefix().Replace(ex.InnerException?.Message ?? ex.Message, string.Empty);
            var (line, column) = problem.Contains("tab", StringComparison.Ordinal)
                ? FirstIndentingTab(yaml, ex.Start)
                : (checked((int)ex.Start.Line), checked((int)ex.Start.Column));
            throw new InvalidAuditInputException($"not valid YAML: {problem}", file, line, column, innerException: ex);
        }

        return stream;
    }

    /// <summary>
    /// YamlDotNet places a tab-indentation error at the start of the enclosing mapping; the reader needs the tab itself:
    /// the first one in the leading whitespace of a line at or after that mark.
    /// </summary>
    private static (int Line, int Column) FirstIndentingTab(string yaml, Mark from)
    {
        var lines = yaml.Split('\n');
        for (var i = checked((int)from.Line) - 1; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].AsSpan(0, indent).IndexOf('\t');
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return (checked((int)from.Line), checked((int)from.Column));
    }

    private static string DecodeUtf8(byte[] bytes, string path)
    {
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var chars = new char[content.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        // Replacing bad bytes with U+FFFD would let a mangled value through silently; say where the first one is.
        var lineStart = content[..read].LastIndexOf((byte)'\n') + 1;
        var line = content[..read].Count((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(content[lineStart..read]) + 1;
        throw new InvalidAuditInputException("not valid UTF-8; expected a UTF-8 text file", path, line, column);
    }

    // YamlDotNet starts its messages with the span, "(Line: 1, Col: 5, Idx: 4) - (Line: 1, Col: 6, Idx: 5): ", which the exception already carries.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex MarkPrefix();
}
