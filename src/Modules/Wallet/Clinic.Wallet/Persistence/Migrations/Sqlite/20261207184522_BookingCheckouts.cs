using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Wallet.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookingCheckouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CoveredByDepositMinor",
                table: "Payments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "Booked",
                table: "PaymentOperations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Checkouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HoldKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PatientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PatientEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PatientLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    GatewayCustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    SetupId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepositMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    CardCheck = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppointmentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BookedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestExpiry = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SecuredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepositAllocations",
                columns: table => new
                {
                    AppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitAppointmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VisitTitle = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    VisitStartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    VisitTimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    VisitLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepositAllocations", x => x.AppointmentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_HoldKey",
                table: "Checkouts",
                column: "HoldKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_Status_LatestExpiry",
                table: "Checkouts",
                columns: new[] { "Status", "LatestExpiry" });

            migrationBuilder.CreateIndex(
                name: "IX_DepositAllocations_PaymentId",
                table: "DepositAllocations",
                column: "PaymentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Checkouts");

            migrationBuilder.DropTable(
                name: "DepositAllocations");

            migrationBuilder.DropColumn(
                name: "CoveredByDepositMinor",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Booked",
                table: "PaymentOperations");
        }
    }
}
