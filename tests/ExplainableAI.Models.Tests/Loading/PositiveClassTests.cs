using ExplainableAI.Sdk;

namespace ExplainableAI.Models.Tests;

/// <summary>A binary model's positive class is named by the rule the label column is read with (BinaryLabel.Denotes).</summary>
public sealed class PositiveClassTests
{
    private static readonly string[] Booleans = ["false", "true"];
    private static readonly string[] Numbers = ["0", "1"];

    [Theory]
    [InlineData(null, 1)]
    [InlineData("true", 1)]
    [InlineData("True", 1)]
    [InlineData("TRUE", 1)]
    [InlineData("1", 1)]
    [InlineData("1.0", 1)]
    [InlineData("False", 0)]
    [InlineData("0", 0)]
    public void Boolean_classes_are_named_in_any_case_or_by_0_and_1(string? positiveClass, int expected) =>
        Assert.Equal(expected, PositiveClass.Resolve(Booleans, ColumnKind.Boolean, positiveClass, "model.zip"));

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1.0", 1)]
    [InlineData("0", 0)]
    public void Numeric_classes_are_named_by_value(string positiveClass, int expected) =>
        Assert.Equal(expected, PositiveClass.Resolve(Numbers, ColumnKind.Numeric, positiveClass, "model.json"));

    [Theory]
    [InlineData("yes")]
    [InlineData("True")]
    public void A_positive_class_the_model_does_not_have_is_bad_input_naming_its_classes_and_file(string positiveClass)
    {
        var error = Assert.Throws<InvalidAuditInputException>(
            () => PositiveClass.Resolve(Numbers, ColumnKind.Numeric, positiveClass, "model.json"));

        Assert.Equal("model.json", error.File);
        Assert.Equal("positive_class", error.Field);
        Assert.Contains($"the positive class '{positiveClass}' is not one of the model's classes (0, 1)", error.Message, StringComparison.Ordinal);
    }
}
