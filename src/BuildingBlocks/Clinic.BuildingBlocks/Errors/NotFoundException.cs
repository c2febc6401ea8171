namespace Clinic.BuildingBlocks.Errors;

/// <summary>The thing the request names does not exist (or is not visible to the caller). Maps to 404.</summary>
public sealed class NotFoundException(string what, object id)
    : DomainException("Not found", $"{what} '{id}' was not found.")
{
    public string What { get; } = what;
}
