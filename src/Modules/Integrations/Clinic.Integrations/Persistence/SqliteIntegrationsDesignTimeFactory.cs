using Clinic.BuildingBlocks.Persistence;
using Clinic.Integrations.Contracts;

namespace Clinic.Integrations.Persistence;

internal sealed class SqliteIntegrationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteIntegrationsDbContext>(IntegrationsModuleInfo.Name);
