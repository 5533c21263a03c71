using System.Text;

namespace ExplainableAI.Reporting.Html;

/// <summary>Escapes text for HTML element content and quoted attribute values (and for SVG text, which follows the same rules).</summary>
internal static class HtmlText
{
    /// <summary>Replaces <c>&amp; &lt; &gt; " '</c> with character references.</summary>
    /// <param name="text">Text from the report: data, model, plugin or user input.</param>
    /// <returns>The escaped text; <see langword="null"/> stays <see langword="null"/>.</returns>
    public static string? Escape(string? text)
    {
        if (text is null || text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? ch.ToString());
        }

        return builder.ToString();
    }

    /// <summary>Escapes text that is never null.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeText(string text) => Escape(text)!;
}
