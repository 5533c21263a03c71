using System.Buffers;
using System.Globalization;
using System.Text;

namespace ExplainableAI.Core;

/// <summary>
/// Text from data, models and plugins (a category value, a column name, an exception's message) made safe to put in a
/// report: characters that reorder or hide the text around them are written visibly (<c>&lt;U+202E&gt;</c>), so a
/// right-to-left override in a value cannot reverse the rest of a finding's sentence in any output, and a value longer
/// than <see cref="MaxLength"/> is cut with a visible marker, so one huge value cannot be copied into the report hundreds
/// of times. The engine applies it once, where findings, measurements and evidence enter the report, so JSON, HTML,
/// SARIF, Markdown and the console all receive the same safe text.
/// </summary>
public static class UntrustedText
{
    /// <summary>The longest value kept whole, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    // Control characters (a newline or an escape sequence in a value would break a line of Markdown or the console) and
    // the bidirectional controls.
    private static readonly SearchValues<char> Hidden = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c))
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>Makes one value safe.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The value with bidirectional and other control characters made visible, cut after <see cref="MaxLength"/> characters.</returns>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Length <= MaxLength ? text : Cut(text);
        var visible = kept.AsSpan().IndexOfAny(Hidden) < 0 ? kept : Reveal(kept);
        return text.Length <= MaxLength ? visible : visible + "… (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
    }

    /// <summary>Makes a value safe; <see langword="null"/> stays <see langword="null"/>.</summary>
    /// <param name="text">The value, or <see langword="null"/>.</param>
    /// <returns>The safe value.</returns>
    public static string? CleanOrNull(string? text) => text is null ? null : Clean(text);

    /// <summary>
    /// Whether a character changes the display order of the text around it: the embeddings and overrides (U+202A–U+202E),
    /// the isolates (U+2066–U+2069) and the marks U+200E, U+200F and U+061C. Writers of text formats use it for text that
    /// did not come through the engine.
    /// </summary>
    /// <param name="ch">The character.</param>
    /// <returns><see langword="true"/> for a bidirectional control.</returns>
    public static bool IsBidiControl(char ch) =>
        ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    private static string Reveal(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            _ = Hidden.Contains(ch)
                ? builder.Append("<U+").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('>')
                : builder.Append(ch);
        }

        return builder.ToString();
    }

    // Never between the two halves of a surrogate pair: half a character is not text.
    private static string Cut(string text) =>
        char.IsHighSurrogate(text[MaxLength - 1]) ? text[..(MaxLength - 1)] : text[..MaxLength];
}
