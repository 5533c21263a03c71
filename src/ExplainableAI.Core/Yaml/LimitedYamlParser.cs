using ExplainableAI.Sdk;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ExplainableAI.Core;

/// <summary>
/// Passes YamlDotNet's parsing events through while keeping score, and stops with an error at the event that breaks a
/// <see cref="YamlLimits"/> bound. Checking event by event stops the loader before it recurses too deep or hashes a
/// huge key: the representation model builds nodes recursively, and compares mapping keys by their whole content.
/// </summary>
internal sealed class LimitedYamlParser(IParser inner, YamlLimits limits, string file) : IParser
{
    private readonly Stack<Frame> open = new();
    private readonly Dictionary<string, long> anchorSizes = new(StringComparer.Ordinal);
    private long aliasExpansion;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                OnAlias(alias);
                break;
            case Scalar scalar:
                EnterNode();
                Completed(scalar.Anchor, 1);
                break;
            case MappingStart or SequenceStart:
                var start = (NodeEvent)inner.Current;
                var inKey = EnterNode();
                if (open.Count >= limits.MaxDepth)
                {
                    throw Limit(start, $"YAML nested deeper than the limit of {limits.MaxDepth} levels");
                }

                open.Push(new Frame(start.Anchor, inKey, isMapping: start is MappingStart));
                break;
            case MappingEnd or SequenceEnd:
                var frame = open.Pop();
                Completed(frame.Anchor, frame.Size);
                break;
            case DocumentStart:
                anchorSizes.Clear(); // anchors do not reach across documents
                break;
        }

        return true;
    }

    private void OnAlias(AnchorAlias alias)
    {
        if (EnterNode())
        {
            // A key is hashed and compared by its whole content, so an alias there multiplies the work without any
            // bound the expansion budget could see in time; a manifest never needs one.
            throw Limit(alias, $"YAML alias *{alias.Value} used in a mapping key; aliases are not allowed in keys");
        }

        if (open.Any(f => !f.Anchor.IsEmpty && f.Anchor.Value == alias.Value.Value))
        {
            throw Limit(alias, $"YAML alias *{alias.Value} is inside the node it names (a recursive structure)");
        }

        if (!anchorSizes.TryGetValue(alias.Value.Value, out var size))
        {
            return; // YamlDotNet reports the unknown anchor with its own message
        }

        aliasExpansion += size;
        if (aliasExpansion > limits.MaxAliasExpansion)
        {
            throw Limit(alias, $"YAML aliases expand to more than the limit of {limits.MaxAliasExpansion} nodes");
        }

        AddToParent(size);
    }

    /// <summary>Notes that a node starts in the current collection; returns whether it is a mapping key or inside one.</summary>
    private bool EnterNode()
    {
        if (!open.TryPeek(out var parent))
        {
            return false;
        }

        var isKey = parent.IsMapping && parent.NextIsKey;
        if (parent.IsMapping)
        {
            parent.NextIsKey = !parent.NextIsKey;
        }

        return isKey || parent.InKey;
    }

    private void Completed(AnchorName anchor, long size)
    {
        if (!anchor.IsEmpty)
        {
            anchorSizes[anchor.Value] = size;
        }

        AddToParent(size);
    }

    private void AddToParent(long size)
    {
        if (open.TryPeek(out var parent))
        {
            parent.Size += size;
        }
    }

    private InvalidAuditInputException Limit(ParsingEvent at, string problem) =>
        new(problem, file, checked((int)at.Start.Line), checked((int)at.Start.Column));

    private sealed class Frame(AnchorName anchor, bool inKey, bool isMapping)
    {
        public AnchorName Anchor { get; } = anchor;

        public bool InKey { get; } = inKey;

        public bool IsMapping { get; } = isMapping;

        public bool NextIsKey { get; set; } = true;

        public long Size { get; set; } = 1;
    }
}
