using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Adapters;
using Clinic.BuildingBlocks.Http;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Identity.Adapters.Authentication;
using Clinic.Identity.Adapters.Recaptcha;
using Clinic.Identity.Contracts;
using Clinic.Identity.Demo;
using Clinic.Identity.Features;
using Clinic.Identity.Features.Account;
using Clinic.Identity.Features.Patients;
using Clinic.Identity.Features.Portal;
using Clinic.Identity.Features.Staff.BootstrapAdmin;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clinic.Identity;

/// <summary>Identity's public face: the definition the host lists, which registers the module (accounts, sessions, API keys) and maps its endpoints.</summary>
public static class IdentityModule
{
    public static ModuleDefinition Definition { get; } = new(
        IdentityModuleInfo.Name, typeof(IdentityModule).Assembly, typeof(IdentityModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<IdentityDbContext, SqliteIdentityDbContext, SqlServerIdentityDbContext>(configuration, Definition);
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section))
            // One public address for the whole clinic: Notifications' links and Identity's account links share it.
            .Configure(portal => portal.PublicBaseUrl = configuration["Clinic:PublicUrl"] ?? portal.PublicBaseUrl)
            .Validate(portal => Uri.TryCreate(portal.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Clinic:PublicUrl must be the clinic's absolute http(s) address; emailed links start with it.")
            .ValidateOnStart();
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.Configure<PhoneVerificationOptions>(configuration.GetSection(PhoneVerificationOptions.Section));
        services.Configure<IdentityRateLimitOptions>(configuration.GetSection(IdentityRateLimitOptions.Section));
        services.Configure<BootstrapAdminOptions>(configuration.GetSection(BootstrapAdminOptions.Section));
        services.Configure<RecaptchaOptions>(configuration.GetSection(RecaptchaOptions.Section));
        var accounts = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();

        AddAccounts(services, accounts);
        AddAuthentication(services, accounts);
        AddRecaptcha(services, configuration);
        // Cookies and antiforgery tokens must be readable by every host instance behind the load balancer.
        services.AddDataProtection().SetApplicationName("Clinic").PersistKeysToDbContext<IdentityDbContext>();
        services.AddRateLimiter(IdentityRateLimits.AddPolicies);
        services.Configure<ApiAntiforgeryOptions>(antiforgery => antiforgery.ExemptWhenHeaderPresent.Add(IdentityAuthentication.ApiKeyHeader));

        services.AddSingleton<IPasswordHasher<string>, PasswordHasher<string>>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<PortalUrls>();
        services.AddScoped<Sessions>();
        services.AddScoped<CurrentUserResponses>();
        services.AddScoped<PatientDirectory>();
        services.AddScoped<CurrentPatient>();
        services.AddHostedService<BootstrapAdminInitializer>();
        services.AddScoped<IDemoDataSeeder, DemoPatientsSeeder>();
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/account").WithTags("Identity");
        Features.Account.GetPublicAccountSettings.GetPublicAccountSettingsEndpoint.Map(account);
        Features.Account.GetAntiforgeryToken.GetAntiforgeryTokenEndpoint.Map(account);
        Features.Account.GetCurrentUser.GetCurrentUserEndpoint.Map(account);
        Features.Account.RegisterPatient.RegisterPatientEndpoint.Map(account);
        Features.Account.VerifyEmail.VerifyEmailEndpoint.Map(account);
        Features.Account.ActivateAccount.ActivateAccountEndpoint.Map(account);
        Features.Account.LogIn.LogInEndpoint.Map(account);
        Features.Account.LogOut.LogOutEndpoint.Map(account);
        Features.Account.RequestPasswordReset.RequestPasswordResetEndpoint.Map(account);
        Features.Account.ResetPassword.ResetPasswordEndpoint.Map(account);
        Features.Account.ChangePassword.ChangePasswordEndpoint.Map(account);

        var portal = app.MapGroup("/api/portal").WithTags("Identity").RequireAuthorization(ClinicPolicies.Patient);
        Features.Portal.GetMyProfile.GetMyProfileEndpoint.Map(portal);
        Features.Portal.UpdateMyProfile.UpdateMyProfileEndpoint.Map(portal);

        var phone = app.MapGroup("/api/phone-verification").WithTags("Identity");
        Features.PhoneVerification.SendPhoneVerificationCode.SendPhoneVerificationCodeEndpoint.Map(phone);
        Features.PhoneVerification.VerifyPhoneCode.VerifyPhoneCodeEndpoint.Map(phone);

        var patientsRead = app.MapGroup("/api/admin/patients").WithTags("Identity").RequireAuthorization(ClinicPolicies.ReadPatients);
        Features.Patients.SearchPatients.SearchPatientsEndpoint.Map(patientsRead);
        Features.Patients.GetPatient.GetPatientEndpoint.Map(patientsRead);
        var patientsWrite = app.MapGroup("/api/admin/patients").WithTags("Identity").RequireAuthorization(ClinicPolicies.ManagePatients);
        Features.Patients.CreatePatient.CreatePatientEndpoint.Map(patientsWrite);
        Features.Patients.MergePatients.MergePatientsEndpoint.Map(patientsWrite);
        Features.Patients.DismissPossibleDuplicate.DismissPossibleDuplicateEndpoint.Map(patientsWrite);
        var patientsStaff = app.MapGroup("/api/admin/patients").WithTags("Identity").RequireAuthorization(ClinicPolicies.Staff);
        Features.Patients.ListPossibleDuplicates.ListPossibleDuplicatesEndpoint.Map(patientsStaff);
        Features.Patients.GetPortalActivationSummary.GetPortalActivationSummaryEndpoint.Map(patientsStaff);
        var patientsAdmin = app.MapGroup("/api/admin/patients").WithTags("Identity").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Patients.SendWelcomeEmails.SendWelcomeEmailsEndpoint.Map(patientsAdmin);

        var staff = app.MapGroup("/api/admin/staff").WithTags("Identity").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Staff.ListStaff.ListStaffEndpoint.Map(staff);
        Features.Staff.CreateStaffMember.CreateStaffMemberEndpoint.Map(staff);
        Features.Staff.UpdateStaffRoles.UpdateStaffRolesEndpoint.Map(staff);
        Features.Staff.DeactivateStaffMember.DeactivateStaffMemberEndpoint.Map(staff);

        var apiKeys = app.MapGroup("/api/admin/api-keys").WithTags("Identity").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.ApiKeys.ListApiKeys.ListApiKeysEndpoint.Map(apiKeys);
        Features.ApiKeys.CreateApiKey.CreateApiKeyEndpoint.Map(apiKeys);
        Features.ApiKeys.RevokeApiKey.RevokeApiKeyEndpoint.Map(apiKeys);

        var settingsRead = app.MapGroup("/api/admin/settings/portal-access").WithTags("Identity").RequireAuthorization(ClinicPolicies.Staff);
        Features.Settings.GetPortalAccessSettings.GetPortalAccessSettingsEndpoint.Map(settingsRead);
        var settingsWrite = app.MapGroup("/api/admin/settings/portal-access").WithTags("Identity").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Settings.UpdatePortalAccessSettings.UpdatePortalAccessSettingsEndpoint.Map(settingsWrite);
    }

    private static void AddAccounts(IServiceCollection services, AccountOptions accounts) =>
        services.AddIdentityCore<ClinicUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                // User names are email addresses, which may hold any character.
                identity.User.AllowedUserNameCharacters = "";
                identity.SignIn.RequireConfirmedEmail = true;
                // Length over composition rules (NIST SP 800-63B).
                identity.Password.RequiredLength = Features.IdentityFieldRules.MinPasswordLength;
                identity.Password.RequireDigit = false;
                identity.Password.RequireLowercase = false;
                identity.Password.RequireUppercase = false;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Password.RequiredUniqueChars = 1;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = accounts.MaxFailedLogins;
                identity.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<IdentityDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ClinicClaimsPrincipalFactory>();

    private static void AddAuthentication(IServiceCollection services, AccountOptions accounts)
    {
        services.AddAuthentication(IdentityAuthentication.Scheme)
            .AddPolicyScheme(IdentityAuthentication.Scheme, "Session cookie or API key", scheme =>
                scheme.ForwardDefaultSelector = context => context.Request.Headers.ContainsKey(IdentityAuthentication.ApiKeyHeader)
                    ? IdentityAuthentication.ApiKeyScheme
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(IdentityAuthentication.ApiKeyScheme, _ => { })
            .AddIdentityCookies();

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme).Configure<IHostEnvironment>((cookie, environment) =>
        {
            cookie.Cookie.Name = IdentityAuthentication.SessionCookie;
            cookie.Cookie.HttpOnly = true;
            // The SPA calls the API from its own pages only, so the cookie never needs to travel cross-site.
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.ExpireTimeSpan = accounts.SessionIdleTimeout;
            cookie.SlidingExpiration = true;
            // An API answers 401/403; only the SPA decides where to send a person to log in.
            cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            cookie.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        });
        // Password changes, merges, role changes and closed accounts reach open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.FromMinutes(1));
    }

    private static void AddRecaptcha(IServiceCollection services, IConfiguration configuration)
    {
        var recaptcha = configuration.GetSection(RecaptchaOptions.Section).Get<RecaptchaOptions>() ?? new RecaptchaOptions();
        if (recaptcha.Provider == RecaptchaProvider.Google)
        {
            services.AddOptions<RecaptchaOptions>()
                .Validate(o => !string.IsNullOrWhiteSpace(o.SecretKey) && !string.IsNullOrWhiteSpace(o.SiteKey),
                    "Identity:Recaptcha:SecretKey and SiteKey are required when Identity:Recaptcha:Provider is Google.")
                .ValidateOnStart();
            services.AddHttpClient<IRecaptchaVerifier, GoogleRecaptchaVerifier>(http => http.Timeout = TimeSpan.FromSeconds(10));
        }
        else
        {
            services.AddSingleton<IRecaptchaVerifier, DevelopmentRecaptchaVerifier>();
        }
    }
}
