using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SmsRequestAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RequestedFromHash",
                table: "PhoneVerifications",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PhoneVerifications_RequestedFromHash_SentAt",
                table: "PhoneVerifications",
                columns: new[] { "RequestedFromHash", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PhoneVerifications_RequestedFromHash_SentAt",
                table: "PhoneVerifications");

            migrationBuilder.DropColumn(
                name: "RequestedFromHash",
                table: "PhoneVerifications");
        }
    }
}
