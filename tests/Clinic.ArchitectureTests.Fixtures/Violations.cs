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

namespace Clinic.Fixtures.Features.Orders.CancelOrder
{
    public sealed record CancelOrder(Guid OrderId) : IRequest<int>;
}

namespace Clinic.Fixtures.Features.Orders.PlaceOrder
{
    using Clinic.Fixtures.Features.Orders.CancelOrder;

    public sealed record PlaceOrder(Guid OrderId) : IRequest<int>;

    /// <summary>Breaks "no use case uses another use case's folder".</summary>
    public static class ReachesIntoAnotherUseCase
    {
        public static object UndoFirst(Guid orderId) => new CancelOrder(orderId);
    }

    /// <summary>Breaks "an endpoint only sends a mediator request": it runs a handler and opens a DbContext itself.</summary>
    public static class PlaceOrderEndpoint
    {
        public static async Task<int> Handle(PlaceOrder command)
        {
            using var database = new PublicDbContext();
            return await new PublicHandler().Handle(new FixtureQuery(), CancellationToken.None);
        }
    }
}

namespace Clinic.Fixtures.Contracts
{
    /// <summary>Breaks "contracts carry data": a class with behaviour.</summary>
    public sealed class ContractWithBehaviour
    {
        public int Total { get; set; }

        public void Add(int amount) => Total += amount;
    }

    /// <summary>Allowed in contracts: a record and the module's name constant.</summary>
    public sealed record FixtureHappened(Guid Id);

    public static class FixtureModuleInfo
    {
        public const string Name = "fixture";
    }
}
