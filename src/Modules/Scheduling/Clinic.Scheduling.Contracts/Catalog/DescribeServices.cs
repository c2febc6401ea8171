using Mediator;

namespace Clinic.Scheduling.Contracts.Catalog;

/// <summary>Names and prices of catalog services, for modules that refer to them (Wallet's packages). Unknown ids are left out of the answer.</summary>
public sealed record DescribeServices(IReadOnlyList<Guid> ServiceIds) : IRequest<IReadOnlyList<ServiceDescription>>;

public sealed record ServiceDescription(Guid ServiceId, string Name, long PriceAmountMinor, string Currency, bool IsActive);
