using Mediator;

namespace Clinic.Scheduling.Contracts.Catalog;

/// <summary>
/// The catalog's services, inactive ones included, by id (or all of them when <see cref="ServiceIds"/> is null):
/// for a module that links its own data to services (Forms assigns forms to them) and must know they exist.
/// </summary>
public sealed record ListCatalogServices(IReadOnlyList<Guid>? ServiceIds = null) : IRequest<IReadOnlyList<CatalogService>>;

/// <summary>A service as other modules may know it: its id, name and whether it is still offered.</summary>
public sealed record CatalogService(Guid ServiceId, string Name, bool IsActive);
