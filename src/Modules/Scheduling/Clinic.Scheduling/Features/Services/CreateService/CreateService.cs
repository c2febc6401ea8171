using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;
using Mediator;

namespace Clinic.Scheduling.Features.Services.CreateService;

public sealed record CreateService(
    Guid CategoryId,
    string Name,
    string? Description,
    int DurationMinutes,
    int BufferMinutes,
    Money Price,
    long? DepositAmountMinor,
    bool IsOnlineBookable = true) : IRequest<ServiceResponse>, IServiceFields;
