using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Domain.Audit;
using Clinic.Wallet.Domain.Booking;
using Clinic.Wallet.Domain.Cards;
using Clinic.Wallet.Domain.Ledger;
using Clinic.Wallet.Domain.Payments;
using Clinic.Wallet.Domain.Settings;
using Clinic.Wallet.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Persistence;

/// <summary>Wallet's own database. Handlers use this type; the engine-specific subclasses only carry migrations.</summary>
internal abstract class WalletDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentOperation> PaymentOperations => Set<PaymentOperation>();

    public DbSet<PaymentCard> Cards => Set<PaymentCard>();

    public DbSet<GatewayCustomer> GatewayCustomers => Set<GatewayCustomer>();

    public DbSet<CardSetup> CardSetups => Set<CardSetup>();

    public DbSet<WalletAccount> Accounts => Set<WalletAccount>();

    public DbSet<WalletEntry> Entries => Set<WalletEntry>();

    public DbSet<PackageProduct> PackageProducts => Set<PackageProduct>();

    public DbSet<PatientPackage> PatientPackages => Set<PatientPackage>();

    public DbSet<WalletSettings> Settings => Set<WalletSettings>();

    public DbSet<PaymentAuditEntry> Audit => Set<PaymentAuditEntry>();

    public DbSet<ReceivedWebhook> ReceivedWebhooks => Set<ReceivedWebhook>();

    public DbSet<BookingCheckout> Checkouts => Set<BookingCheckout>();

    public DbSet<DepositAllocation> DepositAllocations => Set<DepositAllocation>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WalletDbContext).Assembly);
}
