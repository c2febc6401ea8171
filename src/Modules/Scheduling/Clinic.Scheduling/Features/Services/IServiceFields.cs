using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;

namespace Clinic.Scheduling.Features.Services;

/// <summary>The fields staff send to create or update a service; validated by one rule set.</summary>
public interface IServiceFields
{
    Guid CategoryId { get; }

    string Name { get; }

    string? Description { get; }

    int DurationMinutes { get; }

    int BufferMinutes { get; }

    Money Price { get; }

    long? DepositAmountMinor { get; }

    bool IsOnlineBookable { get; }
}
