using Mediator;

namespace Clinic.Scheduling.Features.Services.DeactivateService;

/// <summary>Withdraws a service from booking; existing appointments and history keep it.</summary>
public sealed record DeactivateService(Guid ServiceId) : IRequest;
