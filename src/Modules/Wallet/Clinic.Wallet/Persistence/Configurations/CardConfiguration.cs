using Clinic.Wallet.Domain.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Wallet.Persistence.Configurations;

internal sealed class CardConfiguration : IEntityTypeConfiguration<PaymentCard>
{
    public void Configure(EntityTypeBuilder<PaymentCard> builder)
    {
        builder.ToTable("Cards");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.GatewayCustomerId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(c => c.GatewayPaymentMethodId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.HasIndex(c => c.GatewayPaymentMethodId).IsUnique();
        builder.Property(c => c.Brand).HasMaxLength(30);
        builder.Property(c => c.Last4).HasMaxLength(4);
        builder.HasIndex(c => c.PatientId);
        builder.Ignore(c => c.IsActive);
    }
}

internal sealed class GatewayCustomerConfiguration : IEntityTypeConfiguration<GatewayCustomer>
{
    public void Configure(EntityTypeBuilder<GatewayCustomer> builder)
    {
        builder.HasKey(c => c.PatientId);
        builder.Property(c => c.PatientId).ValueGeneratedNever();
        builder.Property(c => c.CustomerId).HasMaxLength(WalletLimits.GatewayIdLength);
    }
}

internal sealed class CardSetupConfiguration : IEntityTypeConfiguration<CardSetup>
{
    public void Configure(EntityTypeBuilder<CardSetup> builder)
    {
        builder.HasKey(s => s.SetupId);
        builder.Property(s => s.SetupId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.Property(s => s.CustomerId).HasMaxLength(WalletLimits.GatewayIdLength);
        builder.HasIndex(s => s.PatientId);
    }
}
