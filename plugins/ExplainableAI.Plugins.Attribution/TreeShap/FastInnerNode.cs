using System.Runtime.InteropServices;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>
/// One inner node as the precomputed TreeSHAP reads it: every field is used at every visit, so they are packed together
/// (28 bytes; two nodes per cache line) and the nodes of a tree lie in one flat array, parents before children.
/// </summary>
/// <param name="Node">The node's index within its tree.</param>
/// <param name="Feature">The split feature.</param>
/// <param name="Threshold">Left when (float)x &lt; threshold.</param>
/// <param name="Left">The left child's index within the tree.</param>
/// <param name="Right">The right child's index within the tree.</param>
/// <param name="Bit">The pattern bit of the split feature's slot on every path through this node.</param>
/// <param name="DefaultLeft">Whether a missing value goes left.</param>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct FastInnerNode(int Node, int Feature, float Threshold, int Left, int Right, int Bit, bool DefaultLeft);
