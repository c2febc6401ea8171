using Microsoft.EntityFrameworkCore;

namespace Clinic.Wallet.Persistence;

/// <summary>SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
internal sealed class SqliteWalletDbContext(DbContextOptions<SqliteWalletDbContext> options) : WalletDbContext(options);
