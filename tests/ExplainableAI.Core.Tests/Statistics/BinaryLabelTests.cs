using ExplainableAI.Sdk;
using ExplainableAI.Sdk.Statistics;
using static ExplainableAI.Testing.TestData;

namespace ExplainableAI.Core.Tests.Statistics;

/// <summary>The one label rule: which value of a two-class label is positive, and when a label is not binary.</summary>
public sealed class BinaryLabelTests
{
    [Fact]
    public void The_registered_positive_class_is_matched_by_text_or_for_numbers_by_value()
    {
        Assert.Equal(0, BinaryLabel.TryRead(Numeric("y", 0, 1, 0), "0")!.Positive);
        Assert.Equal(1, BinaryLabel.TryRead(Numeric("y", 0, 1, 0), "1.0")!.Positive);
        Assert.Equal("sick", BinaryLabel.TryRead(Categorical("y", "well", "sick"), "sick")!.PositiveName);

        // A boolean label without level names is matched by its stored 0/1.
        Assert.Equal(0, BinaryLabel.TryRead(Boolean("y", true, false), "0")!.Positive);
    }

    [Fact]
    public void A_categorical_label_is_matched_by_text_only_and_exactly()
    {
        // The level "1" is stored as a level index; "1" must match the text, never the index 1.
        var label = BinaryLabel.TryRead(Categorical("y", "1", "0"), "1")!;
        Assert.Equal("1", label.PositiveName);
        Assert.Equal(0, label.Positive);
        Assert.Throws<InvalidAuditInputException>(() => BinaryLabel.TryRead(Categorical("y", "Yes", "No"), "yes"));
    }

    [Theory]
    // A boolean class is named by its text in any case (ML.NET and ONNX write True, YAML true), or by its 0/1.
    [InlineData(ColumnKind.Boolean, 1, "true", "True", true)]
    [InlineData(ColumnKind.Boolean, 1, "true", "true", true)]
    [InlineData(ColumnKind.Boolean, 1, "true", "TRUE", true)]
    [InlineData(ColumnKind.Boolean, 1, "true", "1", true)]
    [InlineData(ColumnKind.Boolean, 1, "true", "1.0", true)]
    [InlineData(ColumnKind.Boolean, 0, "false", "False", true)]
    [InlineData(ColumnKind.Boolean, 0, "false", "true", false)]
    [InlineData(ColumnKind.Boolean, 1, "true", "yes", false)]
    [InlineData(ColumnKind.Boolean, 1, "true", " true", false)]
    // A number is named by its text or its value, never by a boolean word.
    [InlineData(ColumnKind.Numeric, 1, "1", "1", true)]
    [InlineData(ColumnKind.Numeric, 1, "1", "1.0", true)]
    [InlineData(ColumnKind.Numeric, 1, "1", "True", false)]
    [InlineData(ColumnKind.Numeric, 1, "1", "yes", false)]
    // A level is named by its exact text, never by its index or another case.
    [InlineData(ColumnKind.Categorical, 0, "1", "1", true)]
    [InlineData(ColumnKind.Categorical, 1, "0", "1", false)]
    [InlineData(ColumnKind.Categorical, 1, "0", "1.0", false)]
    [InlineData(ColumnKind.Categorical, 0, "True", "true", false)]
    [InlineData(ColumnKind.Categorical, 0, "yes", "yes", true)]
    [InlineData(ColumnKind.Categorical, 0, "Yes", "yes", false)]
    public void Denotes_is_the_one_rule_for_naming_the_positive_class(ColumnKind kind, double value, string name, string positiveClass, bool expected) =>
        Assert.Equal(expected, BinaryLabel.Denotes(positiveClass, kind, value, name));

    [Fact]
    public void A_boolean_label_takes_its_positive_class_in_any_case_as_the_model_adapters_do()
    {
        Assert.Equal(1, BinaryLabel.TryRead(Boolean("y", true, false), "True")!.Positive);
        Assert.Equal(0, BinaryLabel.TryRead(Boolean("y", true, false), "FALSE")!.Positive);

        var error = Assert.Throws<InvalidAuditInputException>(() => BinaryLabel.TryRead(Boolean("y", true, false), "yes"));
        Assert.Equal("positive_class", error.Field);
        Assert.Contains("the positive class 'yes' is neither of the values of label column 'y' ('false', 'true')", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "no", "true" }, "true")]
    [InlineData(new[] { "TRUE", "FALSE" }, "TRUE")]
    [InlineData(new[] { "1", "0" }, "1")]
    [InlineData(new[] { "well", "sick" }, "well")]
    [InlineData(new[] { "b", "a" }, "b")]
    public void Without_a_positive_class_true_or_1_wins_else_the_ordinally_larger_text(string[] levels, string positive) =>
        Assert.Equal(positive, BinaryLabel.TryRead(Categorical("y", levels), null)!.PositiveName);

    [Fact]
    public void Without_a_positive_class_a_boolean_is_positive_when_true_and_numbers_at_the_larger_value()
    {
        Assert.Equal(1, BinaryLabel.TryRead(Boolean("y", false, true), null)!.Positive);
        Assert.Equal(7, BinaryLabel.TryRead(Numeric("y", 7, 3, 7), null)!.Positive);
        Assert.Equal(1, BinaryLabel.TryRead(Numeric("y", 1, 2), null)!.Positive);
    }

    [Fact]
    public void A_label_without_exactly_two_values_is_not_binary()
    {
        Assert.Null(BinaryLabel.TryRead(Numeric("y", 1, 1, double.NaN), null));
        Assert.Null(BinaryLabel.TryRead(Numeric("y", 1, 2, 3), "1"));
        Assert.Null(BinaryLabel.TryRead(Numeric("y", double.NaN), null));

        // −0 and 0 are one class: with 1 that is two classes, not three.
        Assert.NotNull(BinaryLabel.TryRead(Numeric("y", -0.0, 0, 1), null));
    }

    [Fact]
    public void An_unknown_positive_class_is_bad_input_naming_both_values_unless_the_caller_only_skips()
    {
        var error = Assert.Throws<InvalidAuditInputException>(() => BinaryLabel.TryRead(Numeric("y", 0, 1), "yes"));
        Assert.Equal("positive_class", error.Field);
        Assert.Contains("the positive class 'yes' is neither of the values of label column 'y' ('0', '1')", error.Message, StringComparison.Ordinal);

        Assert.Null(BinaryLabel.TryRead(Numeric("y", 0, 1), "yes", unknownPositiveClassIsError: false));
    }

    [Fact]
    public void Outcomes_are_one_zero_or_missing_per_row()
    {
        var label = BinaryLabel.TryRead(Categorical("y", "sick", null, "well", "sick"), "sick")!;

        Assert.Equal([1, BinaryLabel.Missing, 0, 1], label.Outcomes());
        Assert.True(label.IsPositive(label.Positive));
    }

    [Fact]
    public void Classes_list_every_distinct_value_ascending_with_its_rows()
    {
        var classes = BinaryLabel.Classes(Numeric("y", 3, 1, double.NaN, 3, -0.0, 0));

        Assert.Equal([new LabelClass(0, "0", 2), new LabelClass(1, "1", 1), new LabelClass(3, "3", 2)], classes);
    }
}
