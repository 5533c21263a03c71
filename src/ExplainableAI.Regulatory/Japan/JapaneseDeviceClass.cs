namespace ExplainableAI.Regulatory;

/// <summary>Japanese PMD Act (薬機法) device class.</summary>
public enum JapaneseDeviceClass
{
    /// <summary>Class I, general medical device (一般医療機器).</summary>
    I = 1,

    /// <summary>Class II, controlled medical device (管理医療機器).</summary>
    II = 2,

    /// <summary>Class III, specially controlled medical device (高度管理医療機器).</summary>
    III = 3,

    /// <summary>Class IV, specially controlled medical device (高度管理医療機器).</summary>
    IV = 4,
}
