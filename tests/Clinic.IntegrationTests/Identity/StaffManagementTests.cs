using System.Net;
using System.Net.Http.Json;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Account.GetCurrentUser;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Patients.CreatePatient;
using Clinic.Identity.Features.Staff;
using Clinic.Identity.Features.Staff.CreateStaffMember;
using Clinic.Identity.Features.Staff.UpdateStaffRoles;
using Clinic.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Clinic.IntegrationTests.Identity;

/// <summary>Staff log in for real (session cookie), starting from the Admin created from configuration.</summary>
public sealed class StaffManagementTests : IDisposable
{
    private const string AdminEmail = "admin@lumina.example";
    private const string AdminPassword = "a strong admin password";
    private static readonly DateTimeOffset Now = TestClock.Now;
    private readonly ClinicApiFactory factory = new ClinicApiFactory()
        .WithoutBackgroundWorkers()
        .With("Identity:BootstrapAdmin:Email", AdminEmail)
        .With("Identity:BootstrapAdmin:Password", AdminPassword)
        .WithFakeClock(Now);

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_a_bootstrap_admin_in_configuration_When_the_clinic_starts_Then_they_can_log_in_and_manage_staff()
    {
        var admin = await LogInAsync(AdminEmail, AdminPassword);

        var me = await (await admin.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>();
        var staff = await (await admin.GetAsync("/api/admin/staff")).ShouldBeJsonAsync<List<StaffMember>>();

        me.Roles.ShouldBe([ClinicRoles.Admin]);
        me.PatientId.ShouldBeNull();
        me.DisplayName.ShouldBe("Administrator");
        staff.ShouldHaveSingleItem().Email.ShouldBe(AdminEmail);
    }

    [Fact]
    public async Task Given_a_second_host_on_the_same_database_When_an_admin_exists_Then_no_second_admin_is_created()
    {
        await factory.CreateClient().GetAsync("/health");
        // Disposing a factory deletes its folder, so the second host starts while the first still holds the files.
        using var second = new ClinicApiFactory(factory.DataDirectory).With("Identity:BootstrapAdmin:Email", "other@lumina.example");
        await second.CreateClient().GetAsync("/health");

        (await new IdentityApi(second).QueryAsync(db => db.Users.Select(u => u.Email).ToListAsync())).ShouldBe([AdminEmail]);
    }

    [Fact]
    public async Task Given_a_bootstrap_admin_without_a_password_When_the_clinic_starts_Then_one_is_generated_and_hashed()
    {
        using var generated = new ClinicApiFactory().With("Identity:BootstrapAdmin:Email", AdminEmail);

        var admin = await new IdentityApi(generated).QueryAsync(db => db.Users.SingleAsync());

        admin.Email.ShouldBe(AdminEmail);
        admin.PasswordHash.ShouldNotBeNullOrEmpty();
        (await IdentityApi.LogInAsync(generated.CreateBrowserClient(), AdminEmail, AdminPassword)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_admin_When_adding_a_front_desk_member_Then_the_member_logs_in_with_exactly_that_role()
    {
        var admin = await LogInAsync(AdminEmail, AdminPassword);
        (await admin.PostAsJsonAsync("/api/admin/staff", new CreateStaffMember("rosa@lumina.example", "Rosa Martín", [ClinicRoles.FrontDesk], "front desk password")))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var rosa = await LogInAsync("rosa@lumina.example", "front desk password");

        (await rosa.PostAsJsonAsync("/api/admin/patients", new CreatePatient("Ana", "Torres", null, null, null, null, "es", false)))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await rosa.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await rosa.GetAsync("/api/admin/patients")).ShouldBeJsonAsync<List<PatientRecord>>()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Given_a_staff_member_When_their_roles_change_Then_their_open_session_follows_within_a_minute()
    {
        var admin = await LogInAsync(AdminEmail, AdminPassword);
        var rosaId = (await (await admin.PostAsJsonAsync("/api/admin/staff",
            new CreateStaffMember("rosa@lumina.example", "Rosa Martín", [ClinicRoles.Provider], "provider password"))).ShouldBeJsonAsync<StaffMember>(HttpStatusCode.Created)).Id;
        var rosa = await LogInAsync("rosa@lumina.example", "provider password");
        (await rosa.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var updated = await (await admin.PutAsJsonAsync($"/api/admin/staff/{rosaId}/roles", new UpdateStaffRoles([ClinicRoles.Admin, ClinicRoles.Provider])))
            .ShouldBeJsonAsync<StaffMember>();
        factory.Clock!.Advance(TimeSpan.FromMinutes(2));

        updated.Roles.ShouldBe([ClinicRoles.Admin, ClinicRoles.Provider]);
        (await rosa.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_deactivated_staff_member_When_they_use_their_session_or_log_in_Then_they_are_refused()
    {
        var admin = await LogInAsync(AdminEmail, AdminPassword);
        var rosaId = (await (await admin.PostAsJsonAsync("/api/admin/staff",
            new CreateStaffMember("rosa@lumina.example", "Rosa Martín", [ClinicRoles.FrontDesk], "front desk password"))).ShouldBeJsonAsync<StaffMember>(HttpStatusCode.Created)).Id;
        var rosa = await LogInAsync("rosa@lumina.example", "front desk password");

        (await admin.PostAsync($"/api/admin/staff/{rosaId}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        factory.Clock!.Advance(TimeSpan.FromMinutes(2));

        (await rosa.GetAsync("/api/admin/patients")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await IdentityApi.LogInAsync(factory.CreateBrowserClient(), "rosa@lumina.example", "front desk password")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_the_only_admin_When_they_would_lose_the_role_or_close_themselves_Then_422()
    {
        var admin = await LogInAsync(AdminEmail, AdminPassword);
        var adminId = (await (await admin.GetAsync("/api/account/me")).ShouldBeJsonAsync<CurrentUserResponse>()).UserId;

        (await admin.PutAsJsonAsync($"/api/admin/staff/{adminId}/roles", new UpdateStaffRoles([ClinicRoles.Provider]))).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostAsync($"/api/admin/staff/{adminId}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await admin.PostAsJsonAsync("/api/admin/staff", new CreateStaffMember(AdminEmail, "Copy", [ClinicRoles.Admin], "whatever password")))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await (await admin.PostAsJsonAsync("/api/admin/staff", new CreateStaffMember("x@lumina.example", "X", [ClinicRoles.Patient], "whatever password")))
            .ShouldBeValidationProblemAsync()).Errors.Keys.ShouldBe(["roles"]);
    }

    private async Task<HttpClient> LogInAsync(string email, string password)
    {
        var browser = factory.CreateBrowserClient();
        (await IdentityApi.LogInAsync(browser, email, password)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return browser;
    }
}
