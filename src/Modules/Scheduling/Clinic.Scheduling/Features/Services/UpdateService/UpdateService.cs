using System.Text.Json.Serialization;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;
using Mediator;

namespace Clinic.Scheduling.Features.Services.UpdateService;

public sealed record UpdateService(
    Guid CategoryId,
    string Name,
    string? Description,
    int DurationMinutes,
    int BufferMinutes,
    Money Price,
    long? DepositAmountMinor,
    bool IsOnlineBookable = true) : IRequest<ServiceResponse>, IServiceFields
{
    /// <summary>Taken from the route, never from the body.</summary>
    [JsonIgnore]
    public Guid ServiceId { get; init; }
}
