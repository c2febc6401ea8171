using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PaidBookings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PlacedAt",
                schema: "scheduling",
                table: "SlotHolds",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<long>(
                name: "NoShowFeeMinor",
                schema: "scheduling",
                table: "CancellationPolicies",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "HoldKey",
                schema: "scheduling",
                table: "Appointments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "NoShowFeeMinor",
                schema: "scheduling",
                table: "Appointments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_HoldKey",
                schema: "scheduling",
                table: "Appointments",
                column: "HoldKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_HoldKey",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "PlacedAt",
                schema: "scheduling",
                table: "SlotHolds");

            migrationBuilder.DropColumn(
                name: "NoShowFeeMinor",
                schema: "scheduling",
                table: "CancellationPolicies");

            migrationBuilder.DropColumn(
                name: "HoldKey",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "NoShowFeeMinor",
                schema: "scheduling",
                table: "Appointments");
        }
    }
}
