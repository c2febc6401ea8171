using System.Security.Cryptography;
using System.Text;

namespace Clinic.Scheduling.Domain.Appointments;

/// <summary>
/// The holds one confirm turns into appointments, all or none: the unit a booking commits. Its <see cref="Key"/>
/// is derived from the hold ids, never random, so whatever is keyed by it before the commit (the phone proof the
/// booking uses up; per ADR 0012 the card check and deposit a payment needs) is recognised again when the same
/// booking is retried, and never confused with another booking.
/// </summary>
internal sealed class HoldGroup
{
    private HoldGroup(string key) => Key = key;

    /// <summary>32 lower-case hex digits, the same for the same holds in any order.</summary>
    public string Key { get; }

    public static HoldGroup Of(IEnumerable<Guid> holdIds)
    {
        var ids = string.Join(',', holdIds.Distinct().Order().Select(id => id.ToString("N")));
        return new HoldGroup(Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(ids)))[..32]);
    }

    public override string ToString() => Key;
}
