using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PhoneTokenUsedFor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TokenUsedFor",
                schema: "identity",
                table: "PhoneVerifications",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TokenUsedFor",
                schema: "identity",
                table: "PhoneVerifications");
        }
    }
}
