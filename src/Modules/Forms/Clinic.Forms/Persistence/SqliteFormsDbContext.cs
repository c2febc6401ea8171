using Microsoft.EntityFrameworkCore;

namespace Clinic.Forms.Persistence;

/// <summary>SQLite flavour; owns the migrations under Migrations/Sqlite.</summary>
internal sealed class SqliteFormsDbContext(DbContextOptions<SqliteFormsDbContext> options) : FormsDbContext(options);
