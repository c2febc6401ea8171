using Clinic.BuildingBlocks.Persistence;
using Clinic.Integrations.Contracts;

namespace Clinic.Integrations.Persistence;

internal sealed class SqlServerIntegrationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerIntegrationsDbContext>(IntegrationsModuleInfo.Name);
