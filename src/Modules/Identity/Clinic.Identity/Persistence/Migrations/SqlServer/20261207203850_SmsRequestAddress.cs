using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SmsRequestAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestedFromHash",
                schema: "identity",
                table: "PhoneVerifications",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneVerifications_RequestedFromHash_SentAt",
                schema: "identity",
                table: "PhoneVerifications",
                columns: new[] { "RequestedFromHash", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PhoneVerifications_RequestedFromHash_SentAt",
                schema: "identity",
                table: "PhoneVerifications");

            migrationBuilder.DropColumn(
                name: "RequestedFromHash",
                schema: "identity",
                table: "PhoneVerifications");
        }
    }
}
