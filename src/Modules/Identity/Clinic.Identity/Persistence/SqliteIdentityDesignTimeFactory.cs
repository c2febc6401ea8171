using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Contracts;

namespace Clinic.Identity.Persistence;

internal sealed class SqliteIdentityDesignTimeFactory() : SqliteDesignTimeFactory<SqliteIdentityDbContext>(IdentityModuleInfo.Name);
