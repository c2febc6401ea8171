using Microsoft.EntityFrameworkCore;

namespace Clinic.BuildingBlocks.Idempotency;

/// <summary>Adds the IdempotencyRecords table to a module that accepts Idempotency-Key on its commands.</summary>
public static class IdempotencyModel
{
    public const int MaxKeyLength = 100;

    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<IdempotencyRecord>(record =>
    {
        record.ToTable("IdempotencyRecords");
        record.HasKey(r => new { r.Operation, r.Key });
        record.Property(r => r.Key).HasMaxLength(MaxKeyLength);
        record.Property(r => r.Operation).HasMaxLength(100);
        record.Property(r => r.RequestHash).HasMaxLength(64);
        record.HasIndex(r => r.CreatedAt);
    });
}
