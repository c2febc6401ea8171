using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Wallet.Persistence.Configurations;

internal sealed class WalletSettingsConfiguration : IEntityTypeConfiguration<WalletSettings>
{
    public void Configure(EntityTypeBuilder<WalletSettings> builder)
    {
        builder.ToTable("Settings");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.UpdatedBy).HasMaxLength(WalletLimits.NameLength);
    }
}

internal sealed class PaymentAuditEntryConfiguration : IEntityTypeConfiguration<PaymentAuditEntry>
{
    public void Configure(EntityTypeBuilder<PaymentAuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.Property(a => a.Actor).HasMaxLength(WalletLimits.NameLength);
        builder.Property(a => a.Action).HasMaxLength(50);
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.Reason).HasMaxLength(WalletLimits.ReasonLength);
        builder.Property(a => a.Details).HasMaxLength(500);
        builder.HasIndex(a => a.PatientId);
        builder.HasIndex(a => a.PaymentId);
    }
}

internal sealed class ReceivedWebhookConfiguration : IEntityTypeConfiguration<ReceivedWebhook>
{
    public void Configure(EntityTypeBuilder<ReceivedWebhook> builder)
    {
        builder.HasKey(w => w.EventId);
        builder.Property(w => w.EventId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(w => w.Type).HasMaxLength(100);
    }
}
