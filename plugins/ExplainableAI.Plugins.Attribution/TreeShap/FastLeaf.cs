namespace ExplainableAI.Plugins.Attribution;

/// <summary>One leaf of a precomputed tree.</summary>
/// <param name="Node">The leaf's index within its tree.</param>
/// <param name="Width">Distinct features on its path (m); its table has 2^m entries.</param>
/// <param name="Table">Offset of its table in <see cref="FastTreeShapTables.Table"/>.</param>
/// <param name="Slot">Offset of its m slots in <see cref="FastTreeShapTables.SlotFeature"/>.</param>
internal readonly record struct FastLeaf(int Node, int Width, int Table, int Slot);
