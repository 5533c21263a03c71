namespace ExplainableAI.Plugins.Robustness;

/// <summary>Text helpers for messages and evidence, which must stay on one line.</summary>
internal static class Text
{
    /// <summary>An exception's type and message on one line, shortened to 200 characters.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The text.</returns>
    public static string OneLine(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}".ReplaceLineEndings(" ");
        return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 199), "…");
    }
}
