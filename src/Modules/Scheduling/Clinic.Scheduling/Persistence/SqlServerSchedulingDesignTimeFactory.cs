using Clinic.BuildingBlocks.Persistence;
using Clinic.Scheduling.Contracts;

namespace Clinic.Scheduling.Persistence;

internal sealed class SqlServerSchedulingDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerSchedulingDbContext>(SchedulingModuleInfo.Name);
