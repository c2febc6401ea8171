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

internal sealed class BookingCheckoutConfiguration : IEntityTypeConfiguration<Clinic.Wallet.Domain.Booking.BookingCheckout>
{
    public void Configure(EntityTypeBuilder<Clinic.Wallet.Domain.Booking.BookingCheckout> builder)
    {
        builder.ToTable("Checkouts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.HoldKey).HasMaxLength(64);
        // One card step per booking: two tabs or a double click find the same one.
        builder.HasIndex(c => c.HoldKey).IsUnique();
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.GatewayCustomerId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(c => c.SetupId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.Revision).IsConcurrencyToken();
        builder.HasIndex(c => new { c.Status, c.LatestExpiry });
        builder.Ignore(c => c.SetupKey);
        builder.Ignore(c => c.DepositKey);
        builder.Ignore(c => c.CardCheckKey);
        builder.OwnsOne(c => c.Patient, patient =>
        {
            patient.Property(x => x.FullName).HasColumnName("PatientName").HasMaxLength(WalletLimits.NameLength);
            patient.Property(x => x.Email).HasColumnName("PatientEmail").HasMaxLength(254);
            patient.Property(x => x.Language).HasColumnName("PatientLanguage").HasMaxLength(5);
        });
        builder.Navigation(c => c.Patient).IsRequired();
    }
}

internal sealed class DepositAllocationConfiguration : IEntityTypeConfiguration<Clinic.Wallet.Domain.Booking.DepositAllocation>
{
    public void Configure(EntityTypeBuilder<Clinic.Wallet.Domain.Booking.DepositAllocation> builder)
    {
        builder.HasKey(a => a.AppointmentId);
        builder.Property(a => a.AppointmentId).ValueGeneratedNever();
        builder.HasIndex(a => a.PaymentId);
        builder.OwnsOne(a => a.Visit, visit =>
        {
            visit.Property(x => x.AppointmentId).HasColumnName("VisitAppointmentId");
            visit.Property(x => x.Title).HasColumnName("VisitTitle").HasMaxLength(WalletLimits.NameLength * 3);
            visit.Property(x => x.StartsAt).HasColumnName("VisitStartsAt");
            visit.Property(x => x.TimeZone).HasColumnName("VisitTimeZone").HasMaxLength(64);
            visit.Property(x => x.LocationName).HasColumnName("VisitLocation").HasMaxLength(WalletLimits.NameLength);
        });
        builder.Navigation(a => a.Visit).IsRequired();
    }
}
