namespace ExplainableAI.Models.Tests;

/// <summary>Shares one set of trained models between test classes (training is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class ModelsCollection : ICollectionFixture<TrainedModels>
{
    public const string Name = "trained models";
}
