namespace ExplainableAI.Plugins.Robustness;

/// <summary>Changes a copy of the probed rows' values in place (row-major, in model order) before they are predicted.</summary>
/// <param name="values">The copy: every probed row, every feature.</param>
internal delegate void Perturbation(Span<double> values);
