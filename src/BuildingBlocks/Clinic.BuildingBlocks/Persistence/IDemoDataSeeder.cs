namespace Clinic.BuildingBlocks.Persistence;

/// <summary>A module's part of the demo clinic. Must be idempotent: it runs on every start while seeding is on.</summary>
public interface IDemoDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
