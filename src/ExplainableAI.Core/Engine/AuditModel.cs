using ExplainableAI.Sdk;

namespace ExplainableAI.Core;

/// <summary>A loaded model with the identity the report records.</summary>
/// <param name="Model">The model.</param>
/// <param name="Identity">Its ID, version, file, format and hash.</param>
public sealed record AuditModel(IAuditModel Model, ModelRecord Identity);
