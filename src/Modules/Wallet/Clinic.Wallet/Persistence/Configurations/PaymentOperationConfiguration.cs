using Clinic.Wallet.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Wallet.Persistence.Configurations;

internal sealed class PaymentOperationConfiguration : IEntityTypeConfiguration<PaymentOperation>
{
    public void Configure(EntityTypeBuilder<PaymentOperation> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Key).HasMaxLength(WalletLimits.KeyLength);
        // The processor's idempotency key, unique here too: two dispatchers queueing the same charge store it once.
        builder.HasIndex(o => o.Key).IsUnique();
        builder.HasOne<Payment>().WithMany().HasForeignKey(o => o.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Reason).HasMaxLength(WalletLimits.ReasonLength);
        builder.Property(o => o.Actor).HasMaxLength(WalletLimits.NameLength);
        builder.Property(o => o.Outcome).HasMaxLength(200);
        builder.Property(o => o.GatewayReference).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.Property(o => o.LockToken).IsConcurrencyToken();
        builder.HasIndex(o => new { o.Status, o.NextAttemptAt });
    }
}
