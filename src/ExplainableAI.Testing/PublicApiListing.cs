using System.Reflection;
using System.Text;

namespace ExplainableAI.Testing;

/// <summary>
/// Lists an assembly's public surface as stable text, for an approval test that makes every change to a public API a
/// visible, reviewed diff (plugin authors can pin their own plugin's surface the same way).
/// </summary>
public static class PublicApiListing
{
    /// <summary>The public types and members of an assembly, one per line, in ordinal order.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The listing, with <c>\n</c> line ends.</returns>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var api = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsValueType ? "struct" : type.IsInterface ? "interface" : type.IsAbstract && type.IsSealed ? "static class" : type.IsSealed ? "sealed class" : type.IsAbstract ? "abstract class" : "class";
            api.Append(kind).Append(' ').Append(type.FullName).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })
                .Where(m => !(type.IsEnum && m is FieldInfo { IsLiteral: false }))
                .Select(Describe)
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                api.Append("  ").Append(member).Append('\n');
            }
        }

        return api.ToString();
    }

    private static string Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c)})",
        MethodInfo m => $"{(m.IsStatic ? "static " : m.IsAbstract ? "abstract " : m.IsVirtual && m.GetBaseDefinition() == m ? "virtual " : string.Empty)}{Name(m.ReturnType)} {m.Name}({Parameters(m)})",
        PropertyInfo p => $"{(p.GetMethod?.IsStatic == true ? "static " : p.GetMethod?.IsAbstract == true ? "abstract " : string.Empty)}{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : string.Empty)}{(p.SetMethod?.IsPublic == true ? "set; " : string.Empty)}}}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{Name(f.FieldType)} {f.Name}",
        _ => $"{member.MemberType} {member.Name}",
    };

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p => $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)}"));

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
