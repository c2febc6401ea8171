using Clinic.BuildingBlocks.Abstractions;

namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>Everything staff set on a service, checked for shape before it reaches the domain.</summary>
internal sealed record ServiceDetails(
    Guid CategoryId,
    string Name,
    string? Description,
    int DurationMinutes,
    int BufferMinutes,
    Money Price,
    long? DepositAmountMinor,
    bool IsOnlineBookable);
