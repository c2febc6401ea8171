using Mediator;

namespace Clinic.Scheduling.Features.Categories.DeactivateServiceCategory;

/// <summary>Hides a category, and with it its services, from the booking page.</summary>
public sealed record DeactivateServiceCategory(Guid CategoryId) : IRequest;
