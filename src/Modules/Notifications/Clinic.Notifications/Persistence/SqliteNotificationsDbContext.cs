using Microsoft.EntityFrameworkCore;

namespace Clinic.Notifications.Persistence;

/// <summary>SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
internal sealed class SqliteNotificationsDbContext(DbContextOptions<SqliteNotificationsDbContext> options) : NotificationsDbContext(options);
