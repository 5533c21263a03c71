using System.Text;
using System.Text.RegularExpressions;

namespace ExplainableAI.Reporting.Html;

/// <summary>
/// A finding's message as HTML with each argument (a column name, a group, a value from the data) in its own
/// <c>&lt;bdi&gt;</c>, so right-to-left text in a value cannot reorder the words and numbers of the sentence around it.
/// The arguments are found again by matching the message against its rule's message format, which report.json carries,
/// so a re-render from the JSON alone isolates the same spans; a message the format does not match (a translation
/// missing, say) is escaped whole.
/// </summary>
internal static class IsolatedMessage
{
    // Messages are short (arguments are cut at 200 characters by the engine); the limit only guards the lazy groups.
    private static readonly TimeSpan MatchLimit = TimeSpan.FromMilliseconds(100);

    /// <summary>The message as escaped HTML with its arguments isolated.</summary>
    /// <param name="message">The message as shown.</param>
    /// <param name="format">The message format it was made from, if known.</param>
    /// <returns>HTML.</returns>
    public static string Render(string message, string? format) =>
        format is not null && Pattern(format) is { } pattern && Match(message, pattern) is { Success: true } match
            ? Isolate(message, match)
            : HtmlText.EscapeText(message);

    private static Match? Match(string message, string pattern)
    {
        try
        {
            return Regex.Match(message, pattern, RegexOptions.Singleline | RegexOptions.CultureInvariant, MatchLimit);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string Isolate(string message, Match match)
    {
        var html = new StringBuilder(message.Length + 32);
        var position = 0;
        foreach (var group in match.Groups.Cast<Group>().Skip(1).Where(g => g.Success && g.Length > 0).OrderBy(g => g.Index))
        {
            html.Append(HtmlText.EscapeText(message[position..group.Index]))
                .Append("<bdi>").Append(HtmlText.EscapeText(group.Value)).Append("</bdi>");
            position = group.Index + group.Length;
        }

        return html.Append(HtmlText.EscapeText(message[position..])).ToString();
    }

    // A composite format as a regular expression: literal text matched exactly, each placeholder a lazy group.
    private static string? Pattern(string format)
    {
        var pattern = new StringBuilder("^");
        var literal = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var ch = format[i];
            if ((ch == '{' || ch == '}') && i + 1 < format.Length && format[i + 1] == ch)
            {
                literal.Append(ch);
                i++;
            }
            else if (ch == '{')
            {
                var end = format.IndexOf('}', i);
                if (end < 0)
                {
                    return null;
                }

                pattern.Append(Regex.Escape(literal.ToString())).Append("(.*?)");
                literal.Clear();
                i = end;
            }
            else
            {
                literal.Append(ch);
            }
        }

        return pattern.Append(Regex.Escape(literal.ToString())).Append('$').ToString();
    }
}
