using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AppointmentLifecycleAndPolicies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CancellationFeeMinor",
                schema: "scheduling",
                table: "Appointments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                schema: "scheduling",
                table: "Appointments",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CancelledLate",
                schema: "scheduling",
                table: "Appointments",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CompletedAt",
                schema: "scheduling",
                table: "Appointments",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PatientName",
                schema: "scheduling",
                table: "Appointments",
                type: "nvarchar(240)",
                maxLength: 240,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "PolicyVersion",
                schema: "scheduling",
                table: "Appointments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                schema: "scheduling",
                table: "Appointments",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                schema: "scheduling",
                table: "Appointments",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AppointmentChanges",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    By = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Details = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppointmentChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppointmentChanges_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalSchema: "scheduling",
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CancellationPolicies",
                schema: "scheduling",
                columns: table => new
                {
                    Version = table.Column<int>(type: "int", nullable: false),
                    AllowOnlineCancellation = table.Column<bool>(type: "bit", nullable: false),
                    AllowOnlineRescheduling = table.Column<bool>(type: "bit", nullable: false),
                    WindowHours = table.Column<int>(type: "int", nullable: false),
                    LateFeeKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    LateFeeAmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    LateFeePercent = table.Column<int>(type: "int", nullable: false),
                    TextEs = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CancellationPolicies", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppointmentChanges_AppointmentId",
                schema: "scheduling",
                table: "AppointmentChanges",
                column: "AppointmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppointmentChanges",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "CancellationPolicies",
                schema: "scheduling");

            migrationBuilder.DropColumn(
                name: "CancellationFeeMinor",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "CancelledLate",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "CompletedAt",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "PatientName",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "PolicyVersion",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "Revision",
                schema: "scheduling",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                schema: "scheduling",
                table: "Appointments");
        }
    }
}
