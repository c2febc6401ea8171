using Clinic.Wallet.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Wallet.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Key).HasMaxLength(WalletLimits.KeyLength);
        // One payment per purpose, whoever tries to record it and however often: the guarantee behind "charged once".
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.CardBrand).HasMaxLength(30);
        builder.Property(p => p.CardLast4).HasMaxLength(4);
        builder.Property(p => p.GatewayPaymentId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.HasIndex(p => p.GatewayPaymentId);
        builder.Property(p => p.FailureReason).HasMaxLength(40);
        builder.Property(p => p.FailureMessage).HasMaxLength(500);
        builder.Property(p => p.PayLinkHash).HasMaxLength(64);
        builder.HasIndex(p => p.PayLinkHash);
        builder.Property(p => p.WaiveReason).HasMaxLength(WalletLimits.ReasonLength);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => p.PatientId);
        builder.HasIndex(p => p.AppointmentId);
        builder.HasIndex(p => p.CheckoutId);
        builder.HasIndex(p => p.CreatedAt);
        builder.Ignore(p => p.IsFee);
        builder.Ignore(p => p.IsOutstanding);
        builder.Ignore(p => p.RefundableMinor);
        builder.Ignore(p => p.ToChargeMinor);
        builder.Ignore(p => p.IsHeld);
        builder.OwnsOne(p => p.Patient, patient =>
        {
            patient.Property(x => x.FullName).HasColumnName("PatientName").HasMaxLength(WalletLimits.NameLength);
            patient.Property(x => x.Email).HasColumnName("PatientEmail").HasMaxLength(254);
            patient.Property(x => x.Language).HasColumnName("PatientLanguage").HasMaxLength(5);
        });
        builder.Navigation(p => p.Patient).IsRequired();
        builder.OwnsOne(p => p.Appointment, appointment =>
        {
            appointment.Property(x => x.AppointmentId).HasColumnName("AppointmentRef");
            appointment.Property(x => x.Title).HasColumnName("AppointmentTitle").HasMaxLength(WalletLimits.NameLength * 3);
            appointment.Property(x => x.StartsAt).HasColumnName("AppointmentStartsAt");
            appointment.Property(x => x.TimeZone).HasColumnName("AppointmentTimeZone").HasMaxLength(64);
            appointment.Property(x => x.LocationName).HasColumnName("AppointmentLocation").HasMaxLength(WalletLimits.NameLength);
        });
    }
}
