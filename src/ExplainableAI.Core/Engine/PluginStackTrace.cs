using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace ExplainableAI.Core;

/// <summary>
/// The frames of a check's exception that belong to the check's own assembly, for the author reading XAI0002 with
/// <c>--verbose</c>: the host's and the framework's frames say nothing the author can act on, and would put the host's
/// internals into every report. Each frame is cleaned like any plugin text, and the list is bounded.
/// </summary>
internal static class PluginStackTrace
{
    /// <summary>The most frames kept; deeper ones are counted, not listed (a recursion would repeat one frame thousands of times).</summary>
    public const int MaxFrames = 20;

    // Where an exception raised again on this side of a plugin process's pipe keeps the frames read on the other side.
    private const string RemoteKey = "ExplainableAI.PluginStackTrace";

    /// <summary>Keeps <paramref name="frames"/>, read by <see cref="Of"/> in a plugin process, with the exception that stands for the failure here.</summary>
    /// <param name="exception">The failure as raised again on this side.</param>
    /// <param name="frames">The frames, or <see langword="null"/> when none was the plugin's.</param>
    /// <returns><paramref name="exception"/>.</returns>
    public static Exception Attach(Exception exception, string? frames)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (frames is not null)
        {
            // Cleaned again, line by line and bounded: the text crossed from a process the host does not trust.
            exception.Data[RemoteKey] = string.Join('\n', frames.Split('\n').Take(MaxFrames + 1).Select(UntrustedText.Clean));
        }

        return exception;
    }

    /// <summary>The plugin's frames of the exception and of its inner exceptions, one per line, or <see langword="null"/> when none is the plugin's.</summary>
    /// <param name="exception">What the check threw.</param>
    /// <param name="plugin">The check's assembly.</param>
    /// <returns>Lines such as <c>at Acme.AcmeCheck.RunAsync(CheckContext context, CancellationToken cancellationToken) in /src/AcmeCheck.cs:line 31</c>.</returns>
    public static string? Of(Exception exception, Assembly plugin)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(plugin);
        if (exception.Data[RemoteKey] is string remote)
        {
            return remote;
        }

        var frames = new List<string>();
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            frames.AddRange(new StackTrace(current, fNeedFileInfo: true).GetFrames()
                .Where(f => f.GetMethod()?.DeclaringType?.Assembly == plugin)

                // Formatted by the runtime, one frame at a time: async state machines read as the method the author
                // wrote, and a frame marked [StackTraceHidden] formats as nothing.
                .Select(f => new StackTrace(f).ToString().Trim())
                .Where(line => line.Length > 0)
                .Select(UntrustedText.Clean));
        }

        if (frames.Count == 0)
        {
            return null;
        }

        var kept = frames.Take(MaxFrames).ToList();
        if (frames.Count > MaxFrames)
        {
            kept.Add(string.Create(CultureInfo.InvariantCulture, $"… ({frames.Count - MaxFrames:N0} more frames)"));
        }

        return string.Join('\n', kept);
    }
}
