namespace Clinic.BuildingBlocks.Errors;

/// <summary>The request is well-formed but a business rule forbids it. Maps to 422.</summary>
public class BusinessRuleException(string detail) : DomainException("Business rule violated", detail);
