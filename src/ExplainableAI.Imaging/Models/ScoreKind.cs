namespace ExplainableAI.Imaging.Models;

/// <summary>What a binary image model's output holds.</summary>
public enum ScoreKind
{
    /// <summary>Probabilities: one per image ([N] or [N, 1]), or two that sum to 1 ([N, 2], the second is the positive class).</summary>
    Probability = 0,

    /// <summary>Logits: the sigmoid of one ([N] or [N, 1]) or the softmax of two ([N, 2]) is the positive-class probability.</summary>
    Logit = 1,
}
