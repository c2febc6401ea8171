using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AppointmentCalendarToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarAccessToken",
                schema: "scheduling",
                table: "Appointments",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalendarAccessToken",
                schema: "scheduling",
                table: "Appointments");
        }
    }
}
