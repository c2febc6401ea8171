using Clinic.BuildingBlocks.Persistence;
using Clinic.Wallet.Contracts;

namespace Clinic.Wallet.Persistence;

internal sealed class SqlServerWalletDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerWalletDbContext>(WalletModuleInfo.Name);
