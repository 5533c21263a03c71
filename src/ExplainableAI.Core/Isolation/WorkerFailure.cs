using System.Reflection;

namespace ExplainableAI.Core;

/// <summary>
/// An exception thrown on the other side of the pipe, raised again on this side with the same type where it is the
/// runtime's own (so XAI0002 reads "InvalidOperationException: …" isolated or not), else as
/// <see cref="PluginProcessException"/> naming the original type.
/// </summary>
internal static class WorkerFailure
{
    public static Exception Recreate(string typeName, string message)
    {
        var type = typeof(object).Assembly.GetType(typeName, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type)
            && type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string)]) is { } constructor)
        {
            try
            {
                return (Exception)constructor.Invoke([message]);
            }
            catch (TargetInvocationException)
            {
                // Fall through: the type exists but refuses a plain message.
            }
        }

        return new PluginProcessException($"{typeName}: {message}");
    }
}
