namespace ExplainableAI.Cli;

/// <summary>Makes text from data safe for one terminal table cell: control characters (escape sequences, newlines) become spaces.</summary>
internal static class TerminalText
{
    public static string Clean(string? text) => text is null ? "-" : string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        }
    });
}
