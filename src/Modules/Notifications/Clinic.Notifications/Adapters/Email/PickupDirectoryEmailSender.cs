using Clinic.BuildingBlocks.Adapters;
using MimeKit;

namespace Clinic.Notifications.Adapters.Email;

/// <summary>
/// Development adapter: writes each email as an .eml file (open it in any mail client) instead of
/// sending it. Needs no network; Production refuses to start with it.
/// </summary>
internal sealed class PickupDirectoryEmailSender(PickupDirectory directory, TimeProvider clock) : IEmailSender, IDevelopmentAdapter
{
    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory.Path);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml";
        var temporary = System.IO.Path.Combine(directory.Path, name + ".tmp");

        // Written under a temporary name and then renamed, so a reader never sees half a message.
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, System.IO.Path.Combine(directory.Path, name), overwrite: true);
        return name;
    }
}

/// <summary>Where the development adapter writes mail.</summary>
internal sealed record PickupDirectory(string Path);
