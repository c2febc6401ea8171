namespace Clinic.BuildingBlocks.Errors;

/// <summary>The request clashes with the current state (duplicate name, slot taken…). Maps to 409.</summary>
public sealed class ConflictException(string detail) : DomainException("Conflict", detail);
