using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace ExplainableAI.Core;

/// <summary>
/// Reads a plugin's IL, before it is loaded, for calls that end the host process: <c>System.Environment.Exit</c>,
/// <c>System.Environment.FailFast</c>, and <c>System.Diagnostics.Process.Kill</c> in a method that also asks for
/// <c>Process.GetCurrentProcess</c>. A plugin that ends the process loses the whole audit (and <c>Exit(0)</c> would
/// even pass the gate), so it is refused at load like a damaged one. Calls made through reflection are not seen here;
/// the CLI's exit guard catches those while the audit runs.
/// </summary>
internal static class ProcessExitScanner
{
    // Operand sizes by opcode value, from the runtime's own opcode table: the IL is walked, not pattern-matched.
    private static readonly FrozenDictionary<ushort, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToFrozenDictionary(o => (ushort)o.Value, o => o.OperandType);

    /// <summary>The first process-ending call in the assembly, as "calls X in Y", or <see langword="null"/> when there is none.</summary>
    /// <param name="path">The plugin assembly.</param>
    /// <returns>The offence, or <see langword="null"/>.</returns>
    /// <exception cref="BadImageFormatException">The file is not a readable assembly.</exception>
    public static string? FindProcessExit(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }

        var reader = pe.GetMetadataReader();
        foreach (var handle in reader.MethodDefinitions)
        {
            var method = reader.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var il = pe.GetMethodBody(method.RelativeVirtualAddress).GetILReader();
            var called = CalledMethods(reader, il).ToList();
            var offence = called.FirstOrDefault(c => c is "System.Environment.Exit" or "System.Environment.FailFast")
                ?? (called.Contains("System.Diagnostics.Process.Kill") && called.Contains("System.Diagnostics.Process.GetCurrentProcess")
                    ? "System.Diagnostics.Process.Kill on the current process" : null);
            if (offence is not null)
            {
                return $"it calls {offence} in {TypeName(reader, method.GetDeclaringType())}.{reader.GetString(method.Name)}, which would end the audit without a report";
            }
        }

        return null;
    }

    private static IEnumerable<string> CalledMethods(MetadataReader reader, BlobReader il)
    {
        while (il.RemainingBytes > 0)
        {
            ushort value = il.ReadByte();
            if (value == 0xFE)
            {
                value = (ushort)(0xFE00 | il.ReadByte());
            }

            var operand = Operands.TryGetValue(value, out var type) ? type : OperandType.InlineNone;
            if (operand == OperandType.InlineMethod)
            {
                var name = MethodName(reader, MetadataTokens.EntityHandle(il.ReadInt32()));
                if (name is not null)
                {
                    yield return name;
                }

                continue;
            }

            // The switch's count is read before the offset moves: it is part of the operand.
            var size = operand switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 * il.ReadInt32(),
                _ => 4,
            };
            il.Offset += size;
        }
    }

    private static string? MethodName(MetadataReader reader, EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                return member.Parent.Kind == HandleKind.TypeReference
                    ? $"{TypeName(reader, (TypeReferenceHandle)member.Parent)}.{reader.GetString(member.Name)}"
                    : null;
            case HandleKind.MethodSpecification:
                return MethodName(reader, reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                // A method of the plugin itself: its own body is scanned in turn.
                return null;
        }
    }

    private static string TypeName(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        return type.ResolutionScope.Kind == HandleKind.TypeReference
            ? $"{TypeName(reader, (TypeReferenceHandle)type.ResolutionScope)}.{name}"
            : Qualified(reader.GetString(type.Namespace), name);
    }

    private static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        return declaring.IsNil ? Qualified(reader.GetString(type.Namespace), name) : $"{TypeName(reader, declaring)}.{name}";
    }

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";
}
