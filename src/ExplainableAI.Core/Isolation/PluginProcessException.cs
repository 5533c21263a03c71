namespace ExplainableAI.Core;

/// <summary>
/// A plugin process failed a check in a way that has no exception of the runtime's own to stand for it: the process
/// ended (exit, crash, stack overflow, out of memory, killed), or the plugin threw an exception of its own type. The
/// engine reports it as XAI0002 with this message.
/// </summary>
public sealed class PluginProcessException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PluginProcessException()
    {
    }

    /// <summary>Creates the exception with its reason.</summary>
    /// <param name="message">What happened, for the report.</param>
    public PluginProcessException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    /// <param name="message">What happened, for the report.</param>
    /// <param name="innerException">The cause.</param>
    public PluginProcessException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
