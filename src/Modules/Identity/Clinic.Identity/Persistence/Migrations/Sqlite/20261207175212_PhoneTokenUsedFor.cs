using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PhoneTokenUsedFor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TokenUsedFor",
                table: "PhoneVerifications",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TokenUsedFor",
                table: "PhoneVerifications");
        }
    }
}
