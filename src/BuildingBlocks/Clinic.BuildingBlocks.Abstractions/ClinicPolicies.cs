namespace Clinic.BuildingBlocks.Abstractions;

/// <summary>Authorization policy names; the host defines what each requires.</summary>
public static class ClinicPolicies
{
    /// <summary>Clinic configuration: catalog, settings, staff, API keys. Admin only.</summary>
    public const string ManageClinic = "ManageClinic";

    /// <summary>Day-to-day clinic work: any staff role.</summary>
    public const string Staff = "Staff";

    /// <summary>A signed-in patient acting on their own data (the patient id comes from the session).</summary>
    public const string Patient = "Patient";

    /// <summary>Read the staff view of the catalog: any staff role, or an API key with <see cref="ApiScopes.CatalogRead"/>.</summary>
    public const string ReadCatalog = "ReadCatalog";

    /// <summary>Search and read patient profiles: any staff role, or an API key with <see cref="ApiScopes.PatientsRead"/>.</summary>
    public const string ReadPatients = "ReadPatients";

    /// <summary>Move money: refund, waive or retry a fee, adjust wallet credit, assign packages. Admin or FrontDesk; never an API key.</summary>
    public const string ManagePayments = "ManagePayments";

    /// <summary>Create patients and merge duplicates: Admin or FrontDesk, or an API key with <see cref="ApiScopes.PatientsWrite"/>.</summary>
    public const string ManagePatients = "ManagePatients";

    /// <summary>Read the calendar and appointments: any staff role, or an API key with <see cref="ApiScopes.AppointmentsRead"/>.</summary>
    public const string ReadAppointments = "ReadAppointments";

    /// <summary>Book, start, complete, mark no-show, cancel and reschedule appointments: any staff role, or an API key with <see cref="ApiScopes.AppointmentsWrite"/>.</summary>
    public const string ManageAppointments = "ManageAppointments";

    /// <summary>Read working hours, closures and booking settings: Admin, or an API key with <see cref="ApiScopes.SchedulesRead"/>.</summary>
    public const string ReadSchedules = "ReadSchedules";

    /// <summary>Change working hours, closures, booking settings and the cancellation policy: Admin, or an API key with <see cref="ApiScopes.SchedulesWrite"/>.</summary>
    public const string ManageSchedules = "ManageSchedules";

    /// <summary>
    /// Forms' status and the forms themselves (what is asked, pending or done; never answers): any staff role, or an
    /// API key with <see cref="ApiScopes.FormsStatus"/> or <see cref="ApiScopes.FormsClinical"/>. See docs/adr/0018.
    /// </summary>
    public const string ReadFormStatus = "ReadFormStatus";

    /// <summary>Clinical content (answers, signed consents, medical history): Admin or Provider, or an API key with <see cref="ApiScopes.FormsClinical"/>.</summary>
    public const string ReadClinicalRecords = "ReadClinicalRecords";

    /// <summary>Changing a patient's medical history on their behalf: Admin or Provider only; never an API key.</summary>
    public const string WriteClinicalRecords = "WriteClinicalRecords";
}
