using Clinic.BuildingBlocks.Persistence;
using Clinic.Notifications.Contracts;

namespace Clinic.Notifications.Persistence;

internal sealed class SqlServerNotificationsDesignTimeFactory() : SqlServerDesignTimeFactory<SqlServerNotificationsDbContext>(NotificationsModuleInfo.Name);
