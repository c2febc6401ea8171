namespace Clinic.Scheduling.Domain.Catalog;

/// <summary>A clinic site. Its IANA time zone decides how every local time there is read and shown.</summary>
internal sealed class Location
{
    private Location() { }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string NormalizedName { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string TimeZoneId { get; private set; } = "";

    public bool IsActive { get; private set; }

    public static Location Create(string name, string address, string phone, string timeZoneId)
    {
        var location = new Location { Id = Guid.NewGuid(), IsActive = true };
        location.Update(name, address, phone, timeZoneId);
        return location;
    }

    public void Update(string name, string address, string phone, string timeZoneId)
    {
        Name = name.Trim();
        NormalizedName = NameKey.Of(name);
        Address = address.Trim();
        Phone = phone.Trim();
        TimeZoneId = timeZoneId;
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
