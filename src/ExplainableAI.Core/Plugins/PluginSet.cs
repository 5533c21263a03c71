namespace ExplainableAI.Core;

/// <summary>What plugin discovery produced: the checks, the services (model adapters, explainers), a record of every plugin tried, and the load failures.</summary>
/// <param name="Checks">The checks, in a deterministic order (plugin, then check name).</param>
/// <param name="Plugins">Every plugin assembly tried, loaded or not.</param>
public sealed record PluginSet(IReadOnlyList<LoadedCheck> Checks, IReadOnlyList<PluginRecord> Plugins)
{
    /// <summary>Model adapters contributed by plugins (<see cref="Sdk.ModelAdapterAttribute"/>), in plugin order.</summary>
    public IReadOnlyList<Sdk.IModelAdapter> Adapters { get; init; } = [];

    /// <summary>
    /// Explainers contributed by plugins loaded in this process (<see cref="Sdk.ExplainerAttribute"/>), in plugin order;
    /// a plugin loaded in a process of its own offers none, since its explainer would have to run in the host.
    /// </summary>
    public IReadOnlyList<Sdk.IExplainer> Explainers { get; init; } = [];

    /// <summary>Plugins that failed to load.</summary>
    public IEnumerable<PluginRecord> Failures => Plugins.Where(p => p.Error is not null);
}
