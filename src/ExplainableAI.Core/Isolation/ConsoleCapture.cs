using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ExplainableAI.Core;

/// <summary>
/// What plugin processes wrote to their console during one audit, line by line with the plugin's name, for
/// <c>plugins.log</c> in the report set. Terminal escape sequences are removed and other control characters shown as
/// <c>&lt;U+XXXX&gt;</c>, so the log is safe to <c>cat</c>; the total is bounded so a chatty plugin cannot fill the disk.
/// </summary>
internal sealed partial class ConsoleCapture
{
    /// <summary>The log's file name in the report set.</summary>
    public const string FileName = "plugins.log";

    private const int MaxCharacters = 4 * 1024 * 1024;
    private const int MaxLine = 4096;
    private readonly StringBuilder text = new();
    private readonly HashSet<string> writers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private bool cut;

    /// <summary>Plugins that wrote anything.</summary>
    public IReadOnlySet<string> Writers
    {
        get
        {
            lock (gate)
            {
                return writers.ToHashSet(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The log so far, or <see langword="null"/> when no plugin wrote anything.</summary>
    public string? Text
    {
        get
        {
            lock (gate)
            {
                return text.Length == 0 ? null : text.ToString();
            }
        }
    }

    public void Add(string plugin, string stream, string line)
    {
        var shown = Clean(line.Length > MaxLine ? line[..MaxLine] + $"… ({line.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)" : line);
        lock (gate)
        {
            writers.Add(plugin);
            if (cut)
            {
                return;
            }

            if (text.Length + shown.Length > MaxCharacters)
            {
                cut = true;
                text.Append("… (the plugins wrote more; the log stops at 4 MiB)\n");
                return;
            }

            text.Append(plugin).Append(' ').Append(stream).Append(": ").Append(shown).Append('\n');
        }
    }

    /// <summary>The line without terminal escape sequences, its other control characters made visible.</summary>
    public static string Clean(string line)
    {
        var plain = EscapeSequence().Replace(line, string.Empty);
        var builder = new StringBuilder(plain.Length);
        foreach (var ch in plain)
        {
            _ = (char.IsControl(ch) && ch != '\t') || UntrustedText.IsBidiControl(ch)
                ? builder.Append("<U+").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture)).Append('>')
                : builder.Append(ch);
        }

        return builder.ToString();
    }

    // CSI (colours, cursor moves), OSC (window titles, links) and the two-character escapes.
    [GeneratedRegex(@"\x1B(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1B]*(?:\x07|\x1B\\)|[@-Z\\-_])")]
    private static partial Regex EscapeSequence();
}
