using Clinic.BuildingBlocks.Abstractions;
using Clinic.BuildingBlocks.Modules;
using Clinic.BuildingBlocks.Persistence;
using Clinic.Forms.Contracts;
using Clinic.Forms.Features;
using Clinic.Forms.Features.Records;
using Clinic.Forms.Features.Requests;
using Clinic.Forms.Integration.Scheduling;
using Clinic.Forms.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Clinic.Forms;

/// <summary>Forms' public face: the definition the host lists, which registers the module and maps its endpoints.</summary>
public static class FormsModule
{
    public static ModuleDefinition Definition { get; } = new(
        FormsModuleInfo.Name, typeof(FormsModule).Assembly, typeof(FormsModuleInfo).Assembly, AddServices, MapEndpoints);

    private static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule<FormsDbContext, SqliteFormsDbContext, SqlServerFormsDbContext>(configuration, Definition);
        services.Configure<ClinicOptions>(configuration.GetSection(ClinicOptions.Section));
        services.AddScoped<AuditTrail>();
        services.AddScoped<PatientRecords>();
        services.AddScoped<FormRequestPlanner>();
        services.AddScoped<RequestOverview>();
        services.AddScoped<Answering>();
        services.AddScoped<VisitTracker>();
        services.AddScoped<PatientRequests>();
        services.AddScoped<MedicalHistories>();
        services.AddScoped<SignedDocuments>();
        services.AddScoped<IDemoDataSeeder, Demo.DemoFormsSeeder>();
    }

    private static void MapEndpoints(IEndpointRouteBuilder app)
    {
        // The forms themselves are the clinic's text, not patient data: any staff role (or a forms-scoped key) may read them.
        var formsRead = app.MapGroup("/api/admin/forms").WithTags("Forms").RequireAuthorization(ClinicPolicies.ReadFormStatus);
        Features.Builder.ListForms.ListFormsEndpoint.Map(formsRead);
        Features.Builder.GetForm.GetFormEndpoint.Map(formsRead);
        Features.Builder.GetFormVersion.GetFormVersionEndpoint.Map(formsRead);
        Features.Builder.ExportFormAsQuestionnaire.ExportFormAsQuestionnaireEndpoint.Map(formsRead);
        Features.Builder.GetServiceForms.GetServiceFormsEndpoint.Map(formsRead);
        Features.Status.ListAppointmentForms.ListAppointmentFormsEndpoint.Map(formsRead);

        var formsWrite = app.MapGroup("/api/admin/forms").WithTags("Forms").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Builder.CreateForm.CreateFormEndpoint.Map(formsWrite);
        Features.Builder.UpdateForm.UpdateFormEndpoint.Map(formsWrite);
        Features.Builder.PublishForm.PublishFormEndpoint.Map(formsWrite);
        Features.Builder.ArchiveForm.ArchiveFormEndpoint.Map(formsWrite);
        Features.Builder.RestoreForm.RestoreFormEndpoint.Map(formsWrite);
        Features.Builder.DeleteForm.DeleteFormEndpoint.Map(formsWrite);
        Features.Builder.SetFormServices.SetFormServicesEndpoint.Map(formsWrite);
        Features.Builder.SetServiceForms.SetServiceFormsEndpoint.Map(formsWrite);

        // Filling in with the patient on a clinic device: every staff role; the answers are written, never shown back.
        var assisted = app.MapGroup("/api/admin/forms/requests").WithTags("Forms").RequireAuthorization(ClinicPolicies.Staff);
        Features.Assisted.OpenAssistedRequest.OpenAssistedRequestEndpoint.Map(assisted);
        Features.Assisted.SubmitAssistedAnswers.SubmitAssistedAnswersEndpoint.Map(assisted);
        Features.Assisted.SignAssistedConsent.SignAssistedConsentEndpoint.Map(assisted);

        var documentsStatus = app.MapGroup("/api/admin/patients/{patientId:guid}").WithTags("Forms").RequireAuthorization(ClinicPolicies.ReadFormStatus);
        Features.Documents.GetPatientDocuments.GetPatientDocumentsEndpoint.Map(documentsStatus);

        var clinicalRead = app.MapGroup("/api/admin/patients/{patientId:guid}").WithTags("Forms").RequireAuthorization(ClinicPolicies.ReadClinicalRecords);
        Features.Documents.GetPatientSubmission.GetPatientSubmissionEndpoint.Map(clinicalRead);
        Features.Documents.DownloadPatientSignedConsent.DownloadPatientSignedConsentEndpoint.Map(clinicalRead);
        Features.Documents.VerifyPatientSignedConsent.VerifyPatientSignedConsentEndpoint.Map(clinicalRead);
        Features.Documents.ExportSubmissionAsQuestionnaireResponse.ExportSubmissionAsQuestionnaireResponseEndpoint.Map(clinicalRead);
        Features.Documents.GetPatientMedicalHistory.GetPatientMedicalHistoryEndpoint.Map(clinicalRead);

        var clinicalWrite = app.MapGroup("/api/admin/patients/{patientId:guid}").WithTags("Forms").RequireAuthorization(ClinicPolicies.WriteClinicalRecords);
        Features.Documents.UpdatePatientMedicalHistory.UpdatePatientMedicalHistoryEndpoint.Map(clinicalWrite);

        var auditLog = app.MapGroup("/api/admin/patients/{patientId:guid}").WithTags("Forms").RequireAuthorization(ClinicPolicies.ManageClinic);
        Features.Documents.GetPatientAuditLog.GetPatientAuditLogEndpoint.Map(auditLog);

        var portal = app.MapGroup("/api/portal").WithTags("Forms").RequireAuthorization(ClinicPolicies.Patient);
        Features.Portal.GetMyForms.GetMyFormsEndpoint.Map(portal);
        Features.Portal.GetMyFormRequest.GetMyFormRequestEndpoint.Map(portal);
        Features.Portal.SaveMyFormDraft.SaveMyFormDraftEndpoint.Map(portal);
        Features.Portal.SubmitMyAnswers.SubmitMyAnswersEndpoint.Map(portal);
        Features.Portal.SignMyConsent.SignMyConsentEndpoint.Map(portal);
        Features.Portal.ConfirmMyInstructionsRead.ConfirmMyInstructionsReadEndpoint.Map(portal);
        Features.Portal.GetMySubmission.GetMySubmissionEndpoint.Map(portal);
        Features.Portal.DownloadMySignedConsent.DownloadMySignedConsentEndpoint.Map(portal);
        Features.Portal.GetMyMedicalHistory.GetMyMedicalHistoryEndpoint.Map(portal);
        Features.Portal.UpdateMyMedicalHistory.UpdateMyMedicalHistoryEndpoint.Map(portal);
    }
}
