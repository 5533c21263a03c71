using ExplainableAI.Core;
using ExplainableAI.Sdk;

namespace ExplainableAI.Cli;

/// <summary>
/// What one registration flag of <c>xai audit</c> (<c>--label</c>, <c>--model</c>, ...) changes in the one registration:
/// <see cref="AuditPlanner"/> applies every override, in one place, over the manifest's registration, or over an
/// undeclared one when there is no manifest. A flag is a change to the registration, never a second copy of its fields.
/// </summary>
/// <param name="Apply">The change.</param>
internal sealed record RegistrationOverride(Func<RegistrationManifest, RegistrationManifest> Apply)
{
    /// <summary>A change to what checks see (label, positive class, threshold, columns' roles, identity).</summary>
    public static RegistrationOverride Declared(Func<RegistrationInfo, RegistrationInfo> change) =>
        new(m => m with { Registration = m.Registration with { Declared = change(m.Registration.Declared) } });

    /// <summary>A change to where the model comes from and how it is loaded.</summary>
    public static RegistrationOverride Model(Func<ModelSource, ModelSource> change) => new(m => m with { Model = change(m.Model) });

    /// <summary>A change to where the data come from and how they are read.</summary>
    public static RegistrationOverride Data(Func<DataSources, DataSources> change) => new(m => m with { Data = change(m.Data) });
}
