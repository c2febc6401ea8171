namespace Clinic.BuildingBlocks.Errors;

/// <summary>An outside service the request depends on (the card processor…) could not be reached; nothing was done. Maps to 503.</summary>
public class ServiceUnavailableException(string detail, Exception? inner = null) : DomainException("Service unavailable", detail, inner);
