using System.Globalization;
using System.Text;
using ExplainableAI.Core;

namespace ExplainableAI.Regulatory;

/// <summary>
/// Makes text from data inert in Markdown: it cannot start a heading, a list or a code block (line breaks and control
/// characters become spaces), cannot open a link, image, HTML tag, entity, emphasis or code span (those characters are
/// backslash-escaped), cannot become an autolink (<c>://</c> and <c>www.</c> are broken by an escape), and cannot reorder
/// the line (a bidirectional control is written visibly, <c>&lt;U+202E&gt;</c>).
/// </summary>
internal static class MarkdownText
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start markup mid-line.
    private const string Special = "\\`*_[]<>#|!~()&{}";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                builder.Append(' ');
            }
            else if (UntrustedText.IsBidiControl(c))
            {
                // Shown, not obeyed: an override would reverse the rest of the line around it.
                builder.Append("\\<U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append("\\>");
            }
            else if (Special.Contains(c, StringComparison.Ordinal)
                || (c == ':' && text.AsSpan(i).StartsWith("://", StringComparison.Ordinal))
                || (c == '.' && i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)))
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }
}
