using Clinic.BuildingBlocks.Outbox;
using Clinic.Scheduling;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Fixtures.Domain
{
    /// <summary>Breaks "the domain knows no EF Core, HTTP or mediator".</summary>
    public sealed class EntityThatKnowsItsDatabase
    {
        public DbContext? Database { get; set; }
    }
}

namespace Clinic.Fixtures.Features
{
    public sealed record FixtureQuery : IRequest<int>;

    /// <summary>Breaks "handlers are internal".</summary>
    public sealed class PublicHandler : IRequestHandler<FixtureQuery, int>
    {
        public ValueTask<int> Handle(FixtureQuery request, CancellationToken cancellationToken) => ValueTask.FromResult(1);
    }

    /// <summary>Breaks "validators are internal".</summary>
    public sealed class PublicValidator : AbstractValidator<FixtureQuery>;

    /// <summary>Breaks "DbContexts are internal".</summary>
    public sealed class PublicDbContext : DbContext;

    /// <summary>Breaks "a module uses another module only through its Contracts".</summary>
    public static class ReachesIntoScheduling
    {
        public static string Describe() => nameof(SchedulingModule) + new ClinicProfileOptions().Name;
    }

    /// <summary>Breaks "product code reads time only through TimeProvider", three ways.</summary>
    public static class ClockReader
    {
        public static DateTimeOffset Stamp() => DateTimeOffset.UtcNow;

        public static DateTime Today() => DateTime.Today;

        public static Func<DateTime> Later() => () => DateTime.Now.AddHours(1);
    }

    /// <summary>Breaks "Contracts depend on nothing but the BuildingBlocks abstractions".</summary>
    public static class ContractThatNeedsPlumbing
    {
        public static string Describe() => nameof(OutboxMessage) + OutboxMessageStatus.Pending;
    }
}
