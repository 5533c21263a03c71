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
    private const int MaxReasons = 3;

    /// <summary>The cause, cleaned part by part (plugin text is untrusted), so a long type name cannot cut the message off.</summary>
    /// <param name="exception">What the load threw.</param>
    /// <returns>One line, such as <c>Acme.BadCheck: rule ID 'acme-1' must be …</c>.</returns>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is ReflectionTypeLoadException typeLoad)
        {
            // One type that fails to load often takes dozens with it, for the same reason: the first few say it.
            var reasons = typeLoad.LoaderExceptions.OfType<Exception>().Select(e => UntrustedText.Clean(Message(Unwrap(e).Cause))).Distinct().ToList();
            var more = reasons.Count > MaxReasons ? $"; … ({reasons.Count - MaxReasons} more)" : string.Empty;
            return string.Join("; ", reasons.Take(MaxReasons)) + more;
        }

        var (cause, type) = Unwrap(exception);
        var message = UntrustedText.Clean(Message(cause));
        return type is null ? message : $"{UntrustedText.Clean(type)}: {message}";
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
