using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Contracts;

namespace Clinic.Scheduling.Persistence;

internal sealed class SqliteSchedulingDesignTimeFactory() : SqliteDesignTimeFactory<SqliteSchedulingDbContext>(SchedulingModuleInfo.Name);
