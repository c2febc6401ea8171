using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Clinic.Scheduling.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class EarlyStartWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EarlyStartMinutes",
                schema: "scheduling",
                table: "BookingSettings",
                type: "int",
                nullable: false,
                defaultValue: 30);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EarlyStartMinutes",
                schema: "scheduling",
                table: "BookingSettings");
        }
    }
}
