namespace ExplainableAI.Core;

/// <summary>Where plugin checks run (<c>--isolation</c>).</summary>
public enum PluginIsolation
{
    /// <summary>Plugins from outside the built-in folder each run in a process of their own; built-in plugins in the host.</summary>
    Default,

    /// <summary>Every plugin in the host process, each in its own load context.</summary>
    None,

    /// <summary>Every plugin, built-in ones too, in a process of its own.</summary>
    Process,
}
