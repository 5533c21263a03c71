using System.Reflection;

namespace ExplainableAI.Core;

/// <summary>
/// The reason a plugin failed to load, in the words of the exception that caused it. A malformed descriptor in a static
/// field surfaces as "The type initializer for … threw an exception", and a constructor's as "Exception has been thrown by
/// the target of an invocation"; the author needs the message underneath (<c>rule ID 'acme-1' must be …</c>), with the
/// type it came from.
/// </summary>
internal static class LoadFailureReason
{
    /// <summary>The cause, cleaned: plugin text is untrusted.</summary>
    /// <param name="exception">What the load threw.</param>
    /// <returns>One line, such as <c>Acme.BadCheck: rule ID 'acme-1' must be …</c>.</returns>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ReflectionTypeLoadException typeLoad)
        {
            return UntrustedText.Clean(string.Join("; ", typeLoad.LoaderExceptions.OfType<Exception>().Select(e => Message(Unwrap(e).Cause)).Distinct()));
        }

        var (cause, type) = Unwrap(exception);
        return UntrustedText.Clean(type is null ? Message(cause) : $"{type}: {Message(cause)}");
    }

    private static (Exception Cause, string? Type) Unwrap(Exception exception)
    {
        string? type = null;
        var current = exception;
        while (current is TypeInitializationException or TargetInvocationException && current.InnerException is { } inner)
        {
            type = current is TypeInitializationException { TypeName: { } name } ? name : type;
            current = inner;
        }

        return (current, type);
    }

    // ArgumentException appends " (Parameter 'Id')": the parameter is the SDK's, not something the plugin author wrote.
    private static string Message(Exception exception) =>
        exception is ArgumentException { ParamName: { } parameter } argument
            && argument.Message.EndsWith($" (Parameter '{parameter}')", StringComparison.Ordinal)
            ? argument.Message[..^$" (Parameter '{parameter}')".Length]
            : exception.Message;
}
