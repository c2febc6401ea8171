using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Contracts;

namespace Clinic.Wallet.Persistence;

internal sealed class SqliteWalletDesignTimeFactory() : SqliteDesignTimeFactory<SqliteWalletDbContext>(WalletModuleInfo.Name);
