using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentCalendarToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CalendarAccessToken",
                table: "Appointments",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CalendarAccessToken",
                table: "Appointments");
        }
    }
}
