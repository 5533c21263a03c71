using System.Text.RegularExpressions;

namespace ExplainableAI.Sdk;

/// <summary>
/// The shape of a rule ID, in one place for the SDK (descriptors) and the host (the manifest's severity keys, the
/// reserved prefix). An ID is a prefix of 2 to 10 uppercase ASCII letters owned by its plugin, followed by 3 to 6 digits
/// (<c>ACME2001</c>, <c>CONTOSO8901</c>); the family is declared, not read from the digits. The <c>XAI</c> prefix belongs
/// to the built-in plugins and the host, whose IDs keep their older, stricter form: four digits whose first names the family.
/// </summary>
internal static partial class RuleIds
{
    /// <summary>The prefix of the host's and the built-in plugins' rules.</summary>
    public const string ReservedPrefix = "XAI";

    /// <summary>The rule in words, for error messages.</summary>
    public const string Shape = "2 to 10 uppercase letters (the plugin's own prefix) followed by 3 to 6 digits, such as ACME2001";

    /// <summary>Whether the text has the shape of a rule ID (any prefix).</summary>
    /// <param name="id">The text.</param>
    /// <returns><see langword="true"/> for a well-formed ID.</returns>
    public static bool IsWellFormed(string id) => Pattern().IsMatch(id);

    /// <summary>Whether the ID uses the prefix reserved for built-ins.</summary>
    /// <param name="id">A well-formed ID.</param>
    /// <returns><see langword="true"/> for an <c>XAI</c> ID.</returns>
    public static bool IsReserved(string id) => string.Equals(Prefix(id), ReservedPrefix, StringComparison.Ordinal);

    /// <summary>The letters of a well-formed ID.</summary>
    /// <param name="id">A well-formed ID.</param>
    /// <returns>The prefix.</returns>
    public static string Prefix(string id) => id[..id.AsSpan().IndexOfAnyInRange('0', '9')];

    /// <summary>Why the ID cannot name a rule of the family, or <see langword="null"/> when it can.</summary>
    /// <param name="id">The ID.</param>
    /// <param name="family">The family the rule declares.</param>
    /// <returns>The reason, or <see langword="null"/>.</returns>
    public static string? Problem(string id, CheckFamily family)
    {
        if (!Enum.IsDefined(family))
        {
            return $"rule {id} declares family {(int)family}, which is not a CheckFamily";
        }

        if (!IsWellFormed(id))
        {
            return $"rule ID '{id}' must be {Shape}";
        }

        if (!IsReserved(id))
        {
            // Host findings are the host's alone: a plugin rule in that family would be read as the host's own.
            return family == CheckFamily.Host ? $"rule {id} declares family Host, which is reserved for the host's XAI0xxx rules" : null;
        }

        // Our own IDs keep the convention the built-in catalogue and its users' manifests already rely on.
        if (id.Length != ReservedPrefix.Length + 4)
        {
            return $"rule ID '{id}' must be XAI followed by four digits (the XAI prefix is reserved for the built-in rules)";
        }

        return id[ReservedPrefix.Length] - '0' != (int)family
            ? $"rule ID '{id}' does not belong to family {family} (the thousands digit of an XAI ID must be {(int)family})"
            : null;
    }

    [GeneratedRegex("^[A-Z]{2,10}[0-9]{3,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
