using Clinic.BuildingBlocks.Abstractions;
using Microsoft.AspNetCore.Authorization;

namespace Clinic.Host;

/// <summary>What each authorization policy requires. Staff act through roles; integrators through their API key's scopes.</summary>
internal static class ClinicAuthorization
{
    private static readonly string[] StaffRoles = [ClinicRoles.Admin, ClinicRoles.Provider, ClinicRoles.FrontDesk];

    /// <summary>The policies an API key can satisfy, and the scopes (any one of them) it needs for each.</summary>
    public static IReadOnlyDictionary<string, string[]> IntegratorScopes { get; } = new Dictionary<string, string[]>
    {
        [ClinicPolicies.ReadCatalog] = [ApiScopes.CatalogRead],
        [ClinicPolicies.ReadPatients] = [ApiScopes.PatientsRead],
        [ClinicPolicies.ManagePatients] = [ApiScopes.PatientsWrite],
        [ClinicPolicies.ReadFormStatus] = [ApiScopes.FormsStatus, ApiScopes.FormsClinical],
        [ClinicPolicies.ReadClinicalRecords] = [ApiScopes.FormsClinical],
        [ClinicPolicies.ReadAppointments] = [ApiScopes.AppointmentsRead],
        [ClinicPolicies.ManageAppointments] = [ApiScopes.AppointmentsWrite],
        [ClinicPolicies.ReadSchedules] = [ApiScopes.SchedulesRead],
        [ClinicPolicies.ManageSchedules] = [ApiScopes.SchedulesWrite],
    };

    private static readonly string[] ClinicalRoles = [ClinicRoles.Admin, ClinicRoles.Provider];

    public static IServiceCollection AddClinicAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(ClinicPolicies.ManageClinic, policy => policy.RequireRole(ClinicRoles.Admin))
            .AddPolicy(ClinicPolicies.Staff, policy => policy.RequireRole(StaffRoles))
            .AddPolicy(ClinicPolicies.ManagePayments, policy => policy.RequireRole(ClinicRoles.Admin, ClinicRoles.FrontDesk))
            .AddPolicy(ClinicPolicies.Patient, policy => policy.RequireRole(ClinicRoles.Patient).RequireClaim(ClinicClaims.PatientId))
            .AddPolicy(ClinicPolicies.ReadCatalog, policy => RolesOrScope(policy, StaffRoles, ClinicPolicies.ReadCatalog))
            .AddPolicy(ClinicPolicies.ReadPatients, policy => RolesOrScope(policy, StaffRoles, ClinicPolicies.ReadPatients))
            .AddPolicy(ClinicPolicies.ManagePatients, policy => RolesOrScope(policy, [ClinicRoles.Admin, ClinicRoles.FrontDesk], ClinicPolicies.ManagePatients))
            .AddPolicy(ClinicPolicies.ReadAppointments, policy => RolesOrScope(policy, StaffRoles, ClinicPolicies.ReadAppointments))
            .AddPolicy(ClinicPolicies.ManageAppointments, policy => RolesOrScope(policy, StaffRoles, ClinicPolicies.ManageAppointments))
            .AddPolicy(ClinicPolicies.ReadSchedules, policy => RolesOrScope(policy, [ClinicRoles.Admin], ClinicPolicies.ReadSchedules))
            .AddPolicy(ClinicPolicies.ManageSchedules, policy => RolesOrScope(policy, [ClinicRoles.Admin], ClinicPolicies.ManageSchedules))
            .AddPolicy(ClinicPolicies.ReadFormStatus, policy => RolesOrScope(policy, StaffRoles, ClinicPolicies.ReadFormStatus))
            .AddPolicy(ClinicPolicies.ReadClinicalRecords, policy => RolesOrScope(policy, ClinicalRoles, ClinicPolicies.ReadClinicalRecords))
            .AddPolicy(ClinicPolicies.WriteClinicalRecords, policy => policy.RequireRole(ClinicalRoles));
        return services;
    }

    private static void RolesOrScope(AuthorizationPolicyBuilder policy, string[] roles, string policyName)
    {
        var scopes = IntegratorScopes[policyName];
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            roles.Any(context.User.IsInRole) || scopes.Any(scope => context.User.HasClaim(ClinicClaims.Scope, scope)));
    }
}
