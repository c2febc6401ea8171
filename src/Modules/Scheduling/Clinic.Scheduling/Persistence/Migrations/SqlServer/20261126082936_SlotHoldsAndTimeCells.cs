using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SlotHoldsAndTimeCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EndsAt",
                schema: "scheduling",
                table: "SlotHolds",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "ServiceIds",
                schema: "scheduling",
                table: "SlotHolds",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "TokenHash",
                schema: "scheduling",
                table: "SlotHolds",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "HoldMinutes",
                schema: "scheduling",
                table: "BookingSettings",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "IdempotencyRecords",
                schema: "scheduling",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ResponseJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyRecords", x => new { x.Operation, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "ProviderTimeCells",
                schema: "scheduling",
                columns: table => new
                {
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Cell = table.Column<long>(type: "bigint", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProviderTimeCells", x => new { x.ProviderId, x.Cell });
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdempotencyRecords_CreatedAt",
                schema: "scheduling",
                table: "IdempotencyRecords",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProviderTimeCells_OwnerId",
                schema: "scheduling",
                table: "ProviderTimeCells",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdempotencyRecords",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "ProviderTimeCells",
                schema: "scheduling");

            migrationBuilder.DropColumn(
                name: "EndsAt",
                schema: "scheduling",
                table: "SlotHolds");

            migrationBuilder.DropColumn(
                name: "ServiceIds",
                schema: "scheduling",
                table: "SlotHolds");

            migrationBuilder.DropColumn(
                name: "TokenHash",
                schema: "scheduling",
                table: "SlotHolds");

            migrationBuilder.DropColumn(
                name: "HoldMinutes",
                schema: "scheduling",
                table: "BookingSettings");
        }
    }
}
