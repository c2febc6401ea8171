using Clinic.Wallet.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Clinic.Wallet.Persistence.Configurations;

internal sealed class WalletAccountConfiguration : IEntityTypeConfiguration<WalletAccount>
{
    public void Configure(EntityTypeBuilder<WalletAccount> builder)
    {
        builder.ToTable("Accounts");
        builder.HasKey(a => a.PatientId);
        builder.Property(a => a.PatientId).ValueGeneratedNever();
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(a => a.Revision).IsConcurrencyToken();
    }
}

internal sealed class WalletEntryConfiguration : IEntityTypeConfiguration<WalletEntry>
{
    public void Configure(EntityTypeBuilder<WalletEntry> builder)
    {
        builder.ToTable("LedgerEntries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.Description).HasMaxLength(300);
        builder.Property(e => e.Reason).HasMaxLength(WalletLimits.ReasonLength);
        builder.Property(e => e.Actor).HasMaxLength(WalletLimits.NameLength);
        builder.Property(e => e.Key).HasMaxLength(WalletLimits.KeyLength);
        // A visit uses credit or a session once, whatever redelivers its event.
        builder.HasIndex(e => e.Key).IsUnique();
        // One place per line in a patient's ledger; the account's revision hands them out under its concurrency token.
        builder.HasIndex(e => new { e.PatientId, e.Number }).IsUnique();
    }
}

internal sealed class PackageProductConfiguration : IEntityTypeConfiguration<PackageProduct>
{
    public void Configure(EntityTypeBuilder<PackageProduct> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(WalletLimits.NameLength);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.OwnsMany(p => p.Lines, line =>
        {
            line.ToJson();
            line.Property(l => l.ServiceName).HasMaxLength(WalletLimits.NameLength);
        });
        builder.Navigation(p => p.Lines).HasField("lines");
    }
}

internal sealed class PatientPackageConfiguration : IEntityTypeConfiguration<PatientPackage>
{
    public void Configure(EntityTypeBuilder<PatientPackage> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(WalletLimits.NameLength);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => p.PatientId);
        builder.OwnsMany(p => p.Lines, line =>
        {
            line.ToJson();
            line.Property(l => l.ServiceName).HasMaxLength(WalletLimits.NameLength);
        });
        builder.Navigation(p => p.Lines).HasField("lines");
    }
}
