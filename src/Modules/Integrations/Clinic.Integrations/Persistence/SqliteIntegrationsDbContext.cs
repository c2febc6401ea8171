using Microsoft.EntityFrameworkCore;

namespace Clinic.Integrations.Persistence;

/// <summary>SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
internal sealed class SqliteIntegrationsDbContext(DbContextOptions<SqliteIntegrationsDbContext> options) : IntegrationsDbContext(options);
