using Clinic.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Persistence;

/// <summary>
/// What the outbox needs of a module's DbContext. <see cref="ModuleDbContext"/> implements it; a
/// context that must derive from another base (ASP.NET Core Identity's) implements it directly and
/// calls <see cref="ModuleModel.Configure"/> from OnModelCreating.
/// </summary>
public interface IModuleDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<ProcessedEvent> ProcessedEvents { get; }
}
