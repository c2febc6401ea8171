using Clinic.BuildingBlocks.Abstractions;
using Clinic.Scheduling.Domain.Catalog;
using Mediator;

namespace Clinic.Scheduling.Features.PublicCatalog.ListBookableCategories;

/// <summary>What the booking page shows: active categories in order, each with its services patients may book online.</summary>
public sealed record ListBookableCategories : IRequest<IReadOnlyList<BookableCategory>>;

public sealed record BookableCategory(Guid Id, string Name, string? Description, int SortOrder, IReadOnlyList<BookableService> Services);

public sealed record BookableService(Guid Id, string Name, string? Description, int DurationMinutes, Money Price, Money? Deposit);
