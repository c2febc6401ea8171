using Microsoft.EntityFrameworkCore;

namespace Clinic.Scheduling.Persistence;

/// <summary>SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
internal sealed class SqliteSchedulingDbContext(DbContextOptions<SqliteSchedulingDbContext> options) : SchedulingDbContext(options);
