using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace ExplainableAI.Testing;

/// <summary>
/// Lists an assembly's public surface as stable text, for an approval test that makes every change to a public API a
/// visible, reviewed diff (plugin authors can pin their own plugin's surface the same way). The listing carries what a
/// caller or a subclass depends on: base types and interfaces, nullability, <c>init</c> versus <c>set</c>,
/// <c>required</c>, <c>virtual</c>/<c>abstract</c>/<c>override</c>, parameter modifiers and defaults, and enum values,
/// so a breaking change in any of them shows up.
/// </summary>
public static class PublicApiListing
{
    /// <summary>The public types and members of an assembly, one per line, in ordinal order.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <returns>The listing, with <c>\n</c> line ends.</returns>
    public static string Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var nullability = new NullabilityInfoContext();
        var api = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            api.Append(DescribeType(type)).Append('\n');
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m is not MethodInfo { IsSpecialName: true })

                // A record's clone method is the compiler's, not callable from C#: `with` is how callers reach it.
                .Where(m => m.Name != "<Clone>$")
                .Where(m => !(type.IsEnum && m is FieldInfo { IsLiteral: false }))
                .Select(m => Describe(m, nullability))
                .Order(StringComparer.Ordinal);
            foreach (var member in members)
            {
                api.Append("  ").Append(member).Append('\n');
            }
        }

        return api.ToString();
    }

    private static string DescribeType(Type type)
    {
        if (type.IsEnum)
        {
            var flags = type.IsDefined(typeof(FlagsAttribute), inherit: false) ? "[Flags] " : string.Empty;
            return $"{flags}enum {type.FullName} : {Name(Enum.GetUnderlyingType(type))}";
        }

        var isRecord = type.GetMethod("<Clone>$") is not null;
        var kind = type.IsValueType ? (isRecord ? "record struct" : "struct")
            : type.IsInterface ? "interface"
            : type.IsAbstract && type.IsSealed ? "static class"
            : (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty) + (isRecord ? "record" : "class");
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
        {
            bases.Add(Name(baseType));
        }

        // Only interfaces the type declares itself: inherited ones belong to the base type's line.
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        bases.AddRange(type.GetInterfaces()
            .Where(i => !inherited.Contains(i) && i.IsPublic)
            .Where(i => !(isRecord && i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Select(i => Name(i))
            .Order(StringComparer.Ordinal));
        return $"{kind} {type.FullName}{(bases.Count == 0 ? string.Empty : " : " + string.Join(", ", bases))}";
    }

    private static string Describe(MemberInfo member, NullabilityInfoContext nullability) => member switch
    {
        ConstructorInfo c => $"ctor({Parameters(c, nullability)})",
        MethodInfo m => $"{Modifiers(m)}{Name(m.ReturnType, nullability.Create(m.ReturnParameter))} {m.Name}{GenericParameters(m)}({Parameters(m, nullability)})",
        PropertyInfo p => DescribeProperty(p, nullability),
        FieldInfo { IsLiteral: true, DeclaringType.IsEnum: true } f => $"const {f.Name} = {Convert.ToString(f.GetRawConstantValue(), CultureInfo.InvariantCulture)}",
        FieldInfo f => $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType, nullability.Create(f))} {f.Name}",
        EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
        Type nested => DescribeType(nested),
        _ => $"{member.MemberType} {member.Name}",
    };

    private static string DescribeProperty(PropertyInfo property, NullabilityInfoContext nullability)
    {
        var accessor = property.GetMethod ?? property.SetMethod!;
        var required = property.IsDefined(typeof(RequiredMemberAttribute), inherit: false) ? "required " : string.Empty;
        var indexer = property.GetIndexParameters() is { Length: > 0 } index
            ? $"[{string.Join(", ", index.Select(p => $"{Name(p.ParameterType, nullability.Create(p))} {p.Name}"))}]"
            : string.Empty;
        var setter = property.SetMethod is { IsPublic: true } set
            ? set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init; " : "set; "
            : string.Empty;
        var getter = property.GetMethod?.IsPublic == true ? "get; " : string.Empty;
        return $"{required}{Modifiers(accessor)}{Name(property.PropertyType, nullability.Create(property))} {property.Name}{indexer} {{ {getter}{setter}}}";
    }

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType?.IsInterface == true)
        {
            return method.IsAbstract ? string.Empty : "default ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (!method.IsVirtual || method.IsFinal && method.GetBaseDefinition() == method)
        {
            return string.Empty;
        }

        var overrides = method.GetBaseDefinition() != method;
        return overrides ? (method.IsFinal ? "sealed override " : "override ") : "virtual ";
    }

    private static string GenericParameters(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase method, NullabilityInfoContext nullability) =>
        string.Join(", ", method.GetParameters().Select(p => Parameter(p, nullability)));

    private static string Parameter(ParameterInfo parameter, NullabilityInfoContext nullability)
    {
        var type = parameter.ParameterType;
        var modifier = string.Empty;
        if (type.IsByRef)
        {
            modifier = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }
        else if (parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
        {
            modifier = "params ";
        }

        var text = $"{modifier}{Name(type, nullability.Create(parameter))} {parameter.Name}";
        return parameter.HasDefaultValue ? $"{text} = {DefaultValue(parameter.DefaultValue, type)}" : text;
    }

    private static string DefaultValue(object? value, Type type) => value switch
    {
        null => type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ when type.IsEnum || Nullable.GetUnderlyingType(type)?.IsEnum == true =>
            $"{(Nullable.GetUnderlyingType(type) ?? type).Name}.{Enum.GetName(Nullable.GetUnderlyingType(type) ?? type, value)}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type, NullabilityInfo? nullability = null)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, nullability?.GenericTypeArguments.FirstOrDefault()) + "?";
        }

        var suffix = nullability is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return $"{Name(type.GetElementType()!, nullability?.ElementType)}[]{suffix}";
        }

        if (!type.IsGenericType)
        {
            return type.Name + suffix;
        }

        var arguments = type.GetGenericArguments();
        var names = arguments.Select((a, i) => Name(a, nullability is { GenericTypeArguments.Length: > 0 } n && i < n.GenericTypeArguments.Length ? n.GenericTypeArguments[i] : null));
        return $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", names)}>{suffix}";
    }
}
