using Clinic.BuildingBlocks.Persistence;
using Clinic.Notifications.Contracts;

namespace Clinic.Notifications.Persistence;

internal sealed class SqliteNotificationsDesignTimeFactory() : SqliteDesignTimeFactory<SqliteNotificationsDbContext>(NotificationsModuleInfo.Name);
