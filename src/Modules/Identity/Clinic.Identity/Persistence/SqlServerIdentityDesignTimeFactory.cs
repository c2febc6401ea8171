using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Contracts;

namespace Clinic.Identity.Persistence;

internal sealed class SqlServerIdentityDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerIdentityDbContext>(IdentityModuleInfo.Name);
