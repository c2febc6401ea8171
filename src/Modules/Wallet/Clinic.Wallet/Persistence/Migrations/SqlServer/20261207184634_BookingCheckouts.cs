using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Wallet.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class BookingCheckouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CoveredByDepositMinor",
                schema: "wallet",
                table: "Payments",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "Booked",
                schema: "wallet",
                table: "PaymentOperations",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Checkouts",
                schema: "wallet",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HoldKey = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PatientId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PatientName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PatientEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    PatientLanguage = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    GatewayCustomerId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Attempt = table.Column<int>(type: "int", nullable: false),
                    SetupId = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: true),
                    CardId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DepositMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "nchar(3)", fixedLength: true, maxLength: 3, nullable: false),
                    CardCheck = table.Column<bool>(type: "bit", nullable: false),
                    AppointmentCount = table.Column<int>(type: "int", nullable: false),
                    BookedCount = table.Column<int>(type: "int", nullable: false),
                    LatestExpiry = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SecuredAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    Revision = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Checkouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DepositAllocations",
                schema: "wallet",
                columns: table => new
                {
                    AppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PaymentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    VisitAppointmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    VisitTitle = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    VisitStartsAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    VisitTimeZone = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    VisitLocation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepositAllocations", x => x.AppointmentId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_HoldKey",
                schema: "wallet",
                table: "Checkouts",
                column: "HoldKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Checkouts_Status_LatestExpiry",
                schema: "wallet",
                table: "Checkouts",
                columns: new[] { "Status", "LatestExpiry" });

            migrationBuilder.CreateIndex(
                name: "IX_DepositAllocations_PaymentId",
                schema: "wallet",
                table: "DepositAllocations",
                column: "PaymentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Checkouts",
                schema: "wallet");

            migrationBuilder.DropTable(
                name: "DepositAllocations",
                schema: "wallet");

            migrationBuilder.DropColumn(
                name: "CoveredByDepositMinor",
                schema: "wallet",
                table: "Payments");

            migrationBuilder.DropColumn(
                name: "Booked",
                schema: "wallet",
                table: "PaymentOperations");
        }
    }
}
