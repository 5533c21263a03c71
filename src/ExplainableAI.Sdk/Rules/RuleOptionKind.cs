namespace ExplainableAI.Sdk;

/// <summary>What kind of value a <see cref="RuleOption"/> takes, and so how the manifest's value is read and checked.</summary>
public enum RuleOptionKind
{
    /// <summary>A finite number (<c>max_difference: 0.1</c>); read with <see cref="CheckContext.Option"/>.</summary>
    Number = 0,

    /// <summary>A whole number (<c>min_group_size: 10</c>); read with <see cref="CheckContext.OptionInteger"/>.</summary>
    Integer = 1,

    /// <summary><c>true</c> or <c>false</c>; read with <see cref="CheckContext.OptionBoolean"/>.</summary>
    Boolean = 2,

    /// <summary>A text (<c>method: ks</c>); read with <see cref="CheckContext.OptionText"/>.</summary>
    Text = 3,

    /// <summary>A list of numbers (<c>edges: [40, 65]</c>); read with <see cref="CheckContext.OptionNumbers"/>.</summary>
    NumberList = 4,

    /// <summary>A list of texts (<c>columns: [age, sex]</c>); read with <see cref="CheckContext.OptionTexts"/>.</summary>
    TextList = 5,
}
