using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Domain.Patients;
using Clinic.Identity.Features.Patients.GetPortalActivationSummary;
using Clinic.Identity.Features.Patients.ListPossibleDuplicates;
using Clinic.IntegrationTests.Infrastructure;

namespace Clinic.IntegrationTests.Identity;

public sealed class DemoPatientsTests : IDisposable
{
    private readonly ClinicApiFactory factory = new ClinicApiFactory().WithDemoData();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Given_the_demo_clinic_When_staff_look_at_patients_Then_some_were_never_invited_and_one_pair_awaits_a_merge()
    {
        var staff = factory.CreateClientAs(ClinicRoles.Admin);

        var summary = await (await staff.GetAsync("/api/admin/patients/activation")).ShouldBeJsonAsync<PortalActivationSummary>();
        var duplicates = await (await staff.GetAsync("/api/admin/patients/duplicates")).ShouldBeJsonAsync<List<PossibleDuplicateResponse>>();

        summary.ShouldBe(new PortalActivationSummary(NeverLoggedIn: 5, WithoutEmail: 1, RecentlyInvited: 0, ReadyToInvite: 4));
        var pair = duplicates.ShouldHaveSingleItem();
        pair.Reason.ShouldBe(DuplicateReason.SamePhone);
        pair.Patient.Profile.LastName.ShouldBe("Torres Ruiz");
    }
}
