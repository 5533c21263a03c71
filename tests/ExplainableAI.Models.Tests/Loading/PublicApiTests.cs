namespace ExplainableAI.Models.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void Public_surface_is_the_loader_its_result_and_the_four_adapters()
    {
        var exported = typeof(ModelLoader).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);

        // The adapter contract and its options live in the SDK, so plugins can contribute adapters.
        Assert.Equal(
            [
                "ExplainableAI.Models.LightGbmModelAdapter",
                "ExplainableAI.Models.LoadedModel",
                "ExplainableAI.Models.MlNetModelAdapter",
                "ExplainableAI.Models.ModelLoader",
                "ExplainableAI.Models.OnnxModelAdapter",
                "ExplainableAI.Models.XGBoostModelAdapter",
            ],
            exported);
    }

    [Fact]
    public void Public_classes_are_sealed()
    {
        var open = typeof(ModelLoader).Assembly.GetExportedTypes().Where(t => t.IsClass && !t.IsSealed);

        Assert.Empty(open);
    }
}
