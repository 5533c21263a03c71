using Microsoft.ML;
using Microsoft.ML.Data;

namespace ExplainableAI.Models;

/// <summary>One input column of an ML.NET model: its type, and which feature feeds it (-1: the label or an ignored column, fed a default).</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">The column's ML.NET type.</param>
/// <param name="FeatureIndex">The feature's index in the model's features, or -1.</param>
internal sealed record InputColumn(string Name, DataViewType Type, int FeatureIndex);
