namespace Clinic.Scheduling.Features.Locations;

public interface ILocationFields
{
    string Name { get; }

    string Address { get; }

    string Phone { get; }

    /// <summary>IANA time zone id, e.g. "Europe/Madrid".</summary>
    string TimeZone { get; }
}
