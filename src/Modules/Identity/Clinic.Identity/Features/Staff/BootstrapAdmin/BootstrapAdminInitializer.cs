using System.Security.Cryptography;
using Clinic.BuildingBlocks.Abstractions;
using Clinic.Identity.Options;
using Clinic.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Clinic.Identity.Features.Staff.BootstrapAdmin;

/// <summary>
/// Creates the first Admin from configuration while the clinic has no active one, so a fresh install
/// can be administered without a default password in the repository. Runs after the databases are migrated.
/// </summary>
internal sealed class BootstrapAdminInitializer(
    IServiceScopeFactory scopes,
    IOptions<BootstrapAdminOptions> options,
    TimeProvider clock,
    ILogger<BootstrapAdminInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ClinicUser>>();
        if ((await users.GetUsersInRoleAsync(ClinicRoles.Admin)).Any(admin => admin.DeactivatedAt is null))
        {
            return;
        }

        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Email))
        {
            logger.LogWarning("The clinic has no Admin yet. Set Identity:BootstrapAdmin:Email (and optionally Password) and restart to create one");
            return;
        }

        if (await users.FindByEmailAsync(settings.Email) is not null)
        {
            logger.LogError("Cannot create the first Admin: an account with {Email} already exists and is not an active Admin", settings.Email);
            return;
        }

        var generated = string.IsNullOrEmpty(settings.Password);
        var password = generated ? WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(15)) : settings.Password!;
        var admin = ClinicUser.ForEmail(settings.Email, clock.GetUtcNow());
        admin.FullName = settings.FullName;
        admin.EmailConfirmed = true;
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("Identity:BootstrapAdmin could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        AccountPasswords.Succeeded(await users.AddToRoleAsync(admin, ClinicRoles.Admin));
        logger.LogWarning("Created the first Admin, {Email}", settings.Email);
        if (generated)
        {
            // Straight to the console, never to the log files: whoever starts the clinic sees it once, and it is not kept anywhere.
            await Console.Out.WriteLineAsync(
                $"\n  First Admin: {settings.Email}\n  Password:    {password}\n  Shown only now. Log in at /login and change it in your settings.\n");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
