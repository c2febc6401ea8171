using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaidBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PlacedAt",
                table: "SlotHolds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "NoShowFeeMinor",
                table: "CancellationPolicies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "HoldKey",
                table: "Appointments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NoShowFeeMinor",
                table: "Appointments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_HoldKey",
                table: "Appointments",
                column: "HoldKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_HoldKey",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "PlacedAt",
                table: "SlotHolds");

            migrationBuilder.DropColumn(
                name: "NoShowFeeMinor",
                table: "CancellationPolicies");

            migrationBuilder.DropColumn(
                name: "HoldKey",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "NoShowFeeMinor",
                table: "Appointments");
        }
    }
}
