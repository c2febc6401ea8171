using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Services;

public sealed record ServiceResponse(
    Guid Id,
    Guid CategoryId,
    string Name,
    string? Description,
    int DurationMinutes,
    int BufferMinutes,
    Money Price,
    Money? Deposit,
    bool IsOnlineBookable,
    bool IsActive)
{
    internal static ServiceResponse From(Service service) => new(
        service.Id, service.CategoryId, service.Name, service.Description, service.DurationMinutes, service.BufferMinutes,
        service.Price, service.Deposit, service.IsOnlineBookable, service.IsActive);
}
