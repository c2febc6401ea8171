using Clinic.BuildingBlocks.Persistence;
using Clinic.Forms.Contracts;

namespace Clinic.Forms.Persistence;

internal sealed class SqlServerFormsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerFormsDbContext>(FormsModuleInfo.Name);
