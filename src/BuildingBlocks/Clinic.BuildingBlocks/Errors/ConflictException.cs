namespace Clinic.BuildingBlocks.Errors;

/// <summary>The request clashes with the current state (duplicate name, slot taken…). Maps to 409.</summary>
/// <param name="extensions">Machine-readable details, e.g. the id of the record the request clashed with.</param>
public sealed class ConflictException(string detail, IReadOnlyDictionary<string, object?>? extensions = null) : DomainException("Conflict", detail)
{
    public override IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
