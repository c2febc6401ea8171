using System.Globalization;
using Clinic.BuildingBlocks.Errors;

namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// Staff tried to start an appointment before the clinic's early-start window. The "code" extension lets the staff
/// screen ask for the reason and send the start again as a deliberate override.
/// </summary>
internal sealed class EarlyStartNeedsReasonException(DateTimeOffset startsAt, DateTimeOffset startableFrom)
    : BusinessRuleException($"This appointment is booked for {startsAt:yyyy-MM-dd HH:mm} UTC and can be started from {startableFrom:yyyy-MM-dd HH:mm} UTC. "
                            + "To start it now, confirm with a reason.")
{
    public const string Code = "early-start";

    public override IReadOnlyDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>
    {
        ["code"] = Code,
        ["startableFrom"] = startableFrom.ToString("O", CultureInfo.InvariantCulture),
    };
}
