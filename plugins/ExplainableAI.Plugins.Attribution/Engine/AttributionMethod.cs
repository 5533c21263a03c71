using ExplainableAI.Sdk;

namespace ExplainableAI.Plugins.Attribution;

/// <summary>How attributions are computed.</summary>
public enum AttributionMethod
{
    /// <summary>Path-dependent TreeSHAP for tree ensembles (margin output), else linear SHAP for linear models (margin output), else exact up to <see cref="AttributionSettings.MaxExactFeatures"/> features, else kernel.</summary>
    Auto,

    /// <summary>Exact interventional Shapley values over all 2^d coalitions against the background.</summary>
    Exact,

    /// <summary>Kernel SHAP: Shapley-kernel weighted least squares over sampled coalitions, efficiency enforced exactly, with standard errors.</summary>
    Kernel,

    /// <summary>Antithetic permutation sampling against the background, exactly additive, with standard errors.</summary>
    Permutation,

    /// <summary>Path-dependent TreeSHAP (Lundberg et al. 2020, Algorithm 2) on the model's own trees and covers; margin output only.</summary>
    TreePathDependent,

    /// <summary>
    /// Interventional TreeSHAP (Lundberg et al. 2020): exact Shapley values of v(S) = mean over the background of f(x_S, b_notS),
    /// computed on the model's own trees in O(trees · leaves · background rows) per row; margin output only.
    /// </summary>
    TreeInterventional,

    /// <summary>
    /// Closed-form interventional SHAP for linear models (<see cref="ILinearModel"/>): φᵢ = wᵢ(xᵢ − mean of the background's xᵢ),
    /// base value = bias + Σ wᵢ·mean(xᵢ); margin output (the value for regression) only.
    /// </summary>
    Linear,
}
