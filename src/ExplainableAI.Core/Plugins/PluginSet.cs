namespace ExplainableAI.Core;

/// <summary>What plugin discovery produced: the checks, a record of every plugin tried, and the load failures.</summary>
/// <param name="Checks">The checks, in a deterministic order (plugin, then check name).</param>
/// <param name="Plugins">Every plugin assembly tried, loaded or not.</param>
public sealed record PluginSet(IReadOnlyList<LoadedCheck> Checks, IReadOnlyList<PluginRecord> Plugins)
{
    /// <summary>Plugins that failed to load.</summary>
    public IEnumerable<PluginRecord> Failures => Plugins.Where(p => p.Error is not null);
}
