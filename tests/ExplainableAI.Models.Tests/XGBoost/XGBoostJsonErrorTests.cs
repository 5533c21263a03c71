using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

/// <summary>A malformed XGBoost JSON model is a bad input naming the JSON path and what was expected, or the line and column.</summary>
public sealed class XGBoostJsonErrorTests : IDisposable
{
    private static readonly ModelLoader Loader = ModelLoader.CreateDefault();
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("xai-xgb-errors-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void A_valid_stump_loads()
    {
        var model = Loader.Load(Write(Stump()), null, new ModelLoadOptions()).Model;

        Assert.Equal(ModelTask.BinaryClassification, model.Task);
    }

    [Fact]
    public void Missing_learner_names_the_member_instead_of_a_dictionary_key()
    {
        var error = Load("{\"version\": [1, 7, 4]}");

        Assert.Equal("learner", error.Field);
        Assert.StartsWith("missing; expected", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("given key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_per_node_array_names_its_json_path()
    {
        var error = Load(Stump().Replace("\"split_indices\":[0,0,0],", string.Empty, StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.trees[0].split_indices", error.Field);
        Assert.Equal("missing; expected an array with one entry per node (3)", error.Problem);
    }

    [Fact]
    public void Mistyped_value_names_its_json_path_and_what_was_found()
    {
        var error = Load(Stump().Replace("\"split_indices\":[0,0,0]", "\"split_indices\":[\"zero\",0,0]", StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.trees[0].split_indices[0]", error.Field);
        Assert.Equal("expected a whole number, found the string \"zero\"", error.Problem);
    }

    [Fact]
    public void Object_where_an_array_belongs_names_its_json_path()
    {
        var error = Load(Stump().Replace("\"tree_info\":[0]", "\"tree_info\":{}", StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.tree_info", error.Field);
        Assert.Equal("expected an array of output groups, found an object", error.Problem);
    }

    [Fact]
    public void Parameter_that_is_not_a_number_names_its_json_path()
    {
        var error = Load(Stump().Replace("\"num_feature\":\"1\"", "\"num_feature\":1", StringComparison.Ordinal));

        Assert.Equal("learner.learner_model_param.num_feature", error.Field);
        Assert.Equal("expected a string, found the number 1", error.Problem);
    }

    [Fact]
    public void Per_node_array_shorter_than_the_tree_is_named()
    {
        var error = Load(Stump().Replace("\"sum_hessian\":[1E1,4E0,6E0]", "\"sum_hessian\":[1E1]", StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.trees[0].sum_hessian", error.Field);
        Assert.Contains("one entry per node (3, as left_children), not 1", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_index_outside_the_tree_is_named_instead_of_read_past_the_end()
    {
        var error = Load(Stump().Replace("\"right_children\":[2,-1,-1]", "\"right_children\":[7,-1,-1]", StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.trees[0].right_children[0]", error.Field);
        Assert.Contains("child node index from 1 to 2", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_group_outside_the_model_is_named()
    {
        var error = Load(Stump().Replace("\"tree_info\":[0]", "\"tree_info\":[5]", StringComparison.Ordinal));

        Assert.Equal("learner.gradient_booster.model.tree_info[0]", error.Field);
    }

    [Fact]
    public void Json_nested_100000_deep_is_refused_with_line_and_column()
    {
        var error = Load(new string('[', 100_000) + new string(']', 100_000));

        Assert.Equal(1, error.Line);
        Assert.Equal(65, error.Column);
        Assert.Contains("depth", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_names_line_and_column()
    {
        var error = Load("{\n  \"learner\": {\n    \"objective\": ");

        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid JSON", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Problem, StringComparison.Ordinal);
    }

    // One tree: x < 0.1 → -1, else 2; base_score 0.5 (margin 0).
    private static string Stump() =>
        """
        {"learner":{"feature_names":["x"],"learner_model_param":{"base_score":"5E-1","num_class":"0","num_feature":"1"},
         "objective":{"name":"binary:logistic"},
         "gradient_booster":{"name":"gbtree","model":{"tree_info":[0],"trees":[{
           "left_children":[1,-1,-1],"right_children":[2,-1,-1],"split_indices":[0,0,0],"split_conditions":[1E-1,-1E0,2E0],
           "default_left":[1,0,0],"sum_hessian":[1E1,4E0,6E0],"split_type":[0,0,0]}]}}},"version":[1,7,4]}
        """;

    private InvalidAuditInputException Load(string json) =>
        Assert.Throws<InvalidAuditInputException>(() => Loader.Load(Write(json), null, new ModelLoadOptions()));

    private string Write(string json)
    {
        var path = Path.Combine(folder.FullName, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
