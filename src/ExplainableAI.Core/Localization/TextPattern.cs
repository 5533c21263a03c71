using System.Text;
using System.Text.RegularExpressions;

namespace ExplainableAI.Core;

/// <summary>
/// One <c>text</c> entry of a catalog whose key has placeholders (<c>{0}</c>, <c>{1}</c>, …): each placeholder matches
/// one or more characters of an English string, and the matched text is put where the same placeholder stands in the
/// translation.
/// </summary>
internal sealed partial class TextPattern
{
    private readonly Regex regex;
    private readonly string translation;

    private TextPattern(Regex regex, string translation, int literalLength)
    {
        this.regex = regex;
        this.translation = translation;
        LiteralLength = literalLength;
    }

    /// <summary>Characters of the key outside placeholders: more literal text means a more specific pattern.</summary>
    public int LiteralLength { get; }

    /// <summary>Whether a key has placeholders.</summary>
    /// <param name="key">The English key.</param>
    /// <returns><see langword="true"/> for a pattern.</returns>
    public static bool IsPattern(string key) => Placeholder().IsMatch(key);

    /// <summary>Compiles a pattern.</summary>
    /// <param name="key">The English key with placeholders.</param>
    /// <param name="translation">The translation, using only placeholders of the key.</param>
    /// <returns>The pattern, or an error describing what is wrong.</returns>
    public static (TextPattern? Pattern, string? Error) Compile(string key, string translation)
    {
        var expression = new StringBuilder("^");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        var literal = 0;
        foreach (Match match in Placeholder().Matches(key))
        {
            expression.Append(Regex.Escape(key[position..match.Index]));
            literal += match.Index - position;
            var index = match.Groups[1].Value;
            if (!seen.Add(index))
            {
                return (null, $"placeholder {{{index}}} appears twice in the key");
            }

            expression.Append("(?<p").Append(index).Append(">.+?)");
            position = match.Index + match.Length;
        }

        expression.Append(Regex.Escape(key[position..])).Append('$');
        literal += key.Length - position;
        foreach (Match match in Placeholder().Matches(translation))
        {
            if (!seen.Contains(match.Groups[1].Value))
            {
                return (null, $"the translation uses {match.Value}, which the key does not have");
            }
        }

        var regex = new Regex(expression.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromMilliseconds(50));
        return (new TextPattern(regex, translation, literal), null);
    }

    /// <summary>Translates an English string if the pattern matches all of it.</summary>
    /// <param name="english">The English string.</param>
    /// <param name="translateArgument">Translates a matched part (returns it unchanged when it has no translation).</param>
    /// <param name="translated">The translation.</param>
    /// <returns>Whether the pattern matched.</returns>
    public bool TryTranslate(string english, Func<string, string> translateArgument, out string translated)
    {
        Match match;
        try
        {
            match = regex.Match(english);
        }
        catch (RegexMatchTimeoutException)
        {
            translated = english;
            return false;
        }

        if (!match.Success)
        {
            translated = english;
            return false;
        }

        translated = Placeholder().Replace(translation, p => translateArgument(match.Groups["p" + p.Groups[1].Value].Value));
        return true;
    }

    [GeneratedRegex(@"\{([0-9]+)\}")]
    private static partial Regex Placeholder();
}
