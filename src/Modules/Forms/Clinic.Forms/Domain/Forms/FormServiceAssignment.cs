namespace Clinic.Forms.Domain.Forms;

/// <summary>A form requested for a service (ST3). The service belongs to Scheduling; this link is Forms' own data.</summary>
internal sealed class FormServiceAssignment
{
    private FormServiceAssignment() { }

    public FormServiceAssignment(Guid formId, Guid serviceId)
    {
        FormId = formId;
        ServiceId = serviceId;
    }

    public Guid FormId { get; private set; }

    public Guid ServiceId { get; private set; }
}
