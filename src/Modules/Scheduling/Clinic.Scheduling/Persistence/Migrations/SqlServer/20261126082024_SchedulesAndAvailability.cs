using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SchedulesAndAvailability : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LocationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OccupiedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "scheduling",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalSchema: "scheduling",
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BookingSettings",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SlotIntervalMinutes = table.Column<int>(type: "int", nullable: false),
                    MinimumNoticeMinutes = table.Column<int>(type: "int", nullable: false),
                    HorizonDays = table.Column<int>(type: "int", nullable: false),
                    ProviderChoice = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BookingSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScheduleExceptions",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LocationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartMinute = table.Column<int>(type: "int", nullable: false),
                    EndMinute = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduleExceptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduleExceptions_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "scheduling",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScheduleExceptions_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalSchema: "scheduling",
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SlotHolds",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LocationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    OccupiedUntil = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SlotHolds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SlotHolds_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "scheduling",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SlotHolds_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalSchema: "scheduling",
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeeklyHours",
                schema: "scheduling",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LocationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DayOfWeek = table.Column<int>(type: "int", nullable: false),
                    StartMinute = table.Column<int>(type: "int", nullable: false),
                    EndMinute = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeeklyHours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WeeklyHours_Locations_LocationId",
                        column: x => x.LocationId,
                        principalSchema: "scheduling",
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WeeklyHours_Providers_ProviderId",
                        column: x => x.ProviderId,
                        principalSchema: "scheduling",
                        principalTable: "Providers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_LocationId",
                schema: "scheduling",
                table: "Appointments",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_PatientId",
                schema: "scheduling",
                table: "Appointments",
                column: "PatientId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ProviderId_StartsAt",
                schema: "scheduling",
                table: "Appointments",
                columns: new[] { "ProviderId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleExceptions_Date",
                schema: "scheduling",
                table: "ScheduleExceptions",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleExceptions_LocationId",
                schema: "scheduling",
                table: "ScheduleExceptions",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduleExceptions_ProviderId",
                schema: "scheduling",
                table: "ScheduleExceptions",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_SlotHolds_ExpiresAt",
                schema: "scheduling",
                table: "SlotHolds",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_SlotHolds_LocationId",
                schema: "scheduling",
                table: "SlotHolds",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_SlotHolds_ProviderId_StartsAt",
                schema: "scheduling",
                table: "SlotHolds",
                columns: new[] { "ProviderId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyHours_LocationId",
                schema: "scheduling",
                table: "WeeklyHours",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_WeeklyHours_ProviderId_LocationId_DayOfWeek",
                schema: "scheduling",
                table: "WeeklyHours",
                columns: new[] { "ProviderId", "LocationId", "DayOfWeek" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "BookingSettings",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "ScheduleExceptions",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "SlotHolds",
                schema: "scheduling");

            migrationBuilder.DropTable(
                name: "WeeklyHours",
                schema: "scheduling");
        }
    }
}
