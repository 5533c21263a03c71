using System.Globalization;
using System.Text;

namespace ExplainableAI.Reporting.Charts;

/// <summary>
/// Estimates how wide a line of text is drawn, and breaks text into lines that fit, without a font: the report's font
/// is whatever the reader's system has. Widths are in em per character, taken generously from DejaVu Sans (the widest
/// common sans-serif; narrower fonts only leave more room), and 1 em for CJK and other full-width characters, so labels
/// in Japanese are measured as well as labels in English.
/// </summary>
internal static class TextMetrics
{
    // Bold glyphs of sans-serif fonts run about a tenth wider.
    private const double BoldFactor = 1.1;

    /// <summary>The estimated width of <paramref name="text"/> on one line, in pixels.</summary>
    /// <param name="text">The text (not escaped).</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The width.</returns>
    public static double Width(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Bold widens Latin glyphs; CJK glyphs stay one em.
        var em = 0.0;
        var wide = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWide(rune.Value))
            {
                wide += 1;
            }
            else
            {
                em += Em(rune);
            }
        }

        return ((em * (bold ? BoldFactor : 1)) + wide) * fontSize;
    }

    /// <summary>The width of one character in em.</summary>
    /// <param name="rune">The character.</param>
    /// <returns>Its width.</returns>
    public static double Em(Rune rune)
    {
        var c = rune.Value;
        if (IsWide(c))
        {
            return 1.0;
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return c switch
        {
            'i' or 'j' or 'l' or '\'' or '|' or '.' or ',' or ':' or ';' or '!' or '`' => 0.32,
            ' ' or 'I' or 'f' or 't' or '(' or ')' or '[' or ']' or '{' or '}' or '/' or '\\' or '-' or '\u00A0' or '\u202F' => 0.42,
            'r' => 0.45,
            'm' or 'w' or 'M' or 'W' or '@' or '%' or '…' or '—' => 1.0,
            '=' or '<' or '>' or '+' or '−' or '×' or '±' or '~' or '^' or '#' or '&' => 0.84,
            >= 'A' and <= 'Z' => 0.78,
            >= '0' and <= '9' => 0.64,
            >= 'a' and <= 'z' => 0.64,
            '_' => 0.5,
            '"' or '*' => 0.5,
            _ when c < 0x80 => 0.64,

            // Latin letters with diacritics, Greek, Cyrillic, superscripts: about an uppercase letter.
            _ => 0.78,
        };
    }

    /// <summary>Breaks <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <param name="maxWidth">The widest a line may be.</param>
    /// <param name="maxLines">The most lines; the last line left ends in an ellipsis when the text does not fit.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The lines, and whether text was cut (the caller then attaches the full text as a <c>&lt;title&gt;</c>).</returns>
    /// <remarks>
    /// Lines break after spaces (which are dropped), after the separators of names and group keys (<c>&amp; _ / , = -</c>)
    /// and between CJK characters, but never before closing or after opening punctuation (kinsoku); a run with no break that is too long on its own is broken between characters.
    /// </remarks>
    public static (IReadOnlyList<string> Lines, bool Cut) Wrap(string text, double fontSize, double maxWidth, int maxLines, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        maxLines = Math.Max(1, maxLines);
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var piece in Pieces(text))
        {
            var candidate = line.ToString() + piece;
            if (line.Length == 0 || Width(candidate.TrimEnd(), fontSize, bold) <= maxWidth)
            {
                line.Append(piece);
                continue;
            }

            lines.Add(line.ToString().TrimEnd());
            line.Clear().Append(piece.TrimStart());
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        // A piece longer than a line (a long word, an unbroken key) is split between characters.
        var fitted = new List<string>();
        foreach (var l in lines)
        {
            fitted.AddRange(SplitLong(l, fontSize, maxWidth, bold));
        }

        if (fitted.Count <= maxLines)
        {
            return (fitted, false);
        }

        var kept = fitted.Take(maxLines).ToList();
        kept[^1] = Cut(string.Concat(kept[^1], " ", fitted[maxLines]), fontSize, maxWidth, bold);
        return (kept, true);
    }

    /// <summary>The longest prefix of <paramref name="text"/> that fits with an ellipsis, or the text itself when it fits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="fontSize">The font size in pixels.</param>
    /// <param name="maxWidth">The widest the result may be.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The text or its shortened form.</returns>
    public static string Ellipsize(string text, double fontSize, double maxWidth, bool bold = false) =>
        Width(text, fontSize, bold) <= maxWidth ? text : Cut(text, fontSize, maxWidth, bold);

    // The longest prefix that fits with an ellipsis after it.
    private static string Cut(string text, double fontSize, double maxWidth, bool bold)
    {
        var kept = new StringBuilder();
        var ellipsis = Width("…", fontSize, bold);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Width(kept.ToString() + rune.ToString(), fontSize, bold) + ellipsis > maxWidth)
            {
                break;
            }

            kept.Append(rune.ToString());
        }

        return kept.ToString().TrimEnd() + "…";
    }

    private static IEnumerable<string> SplitLong(string line, double fontSize, double maxWidth, bool bold)
    {
        if (Width(line, fontSize, bold) <= maxWidth)
        {
            yield return line;
            yield break;
        }

        var part = new StringBuilder();
        var width = 0.0;
        foreach (var rune in line.EnumerateRunes())
        {
            var w = Width(rune.ToString(), fontSize, bold);
            if (part.Length > 0 && width + w > maxWidth)
            {
                yield return part.ToString();
                part.Clear();
                width = 0;
            }

            part.Append(rune.ToString());
            width += w;
        }

        if (part.Length > 0)
        {
            yield return part.ToString();
        }
    }

    // The text cut after each break opportunity; concatenated, the pieces give the text back.
    private static IEnumerable<string> Pieces(string text)
    {
        var piece = new StringBuilder();
        var runes = text.EnumerateRunes().ToList();
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            piece.Append(rune.ToString());
            var next = i + 1 < runes.Count ? runes[i + 1].Value : -1;
            var breakAfter = next >= 0 && next != ' ' && !IsOpening(rune.Value) && !IsClosing(next)
                && (rune.Value is ' ' or '&' or '_' or '/' or ',' or '=' or '-' or '、' or '。' or '・' || IsWide(rune.Value) || IsWide(next));
            if (breakAfter)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    // Japanese line breaking (kinsoku): no line starts with closing punctuation or ends with opening punctuation.
    private static bool IsClosing(int c) => c is '、' or '。' or '，' or '．' or '）' or '」' or '』' or '】' or '：' or 'ー' or ')' or ']' or ',' or '.';

    private static bool IsOpening(int c) => c is '（' or '「' or '『' or '【' or '(' or '[';

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1FAFF
            or >= 0x20000 and <= 0x3FFFD;
}
