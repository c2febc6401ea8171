using System.Text.Json;
using Clinic.Forms.Domain.Answers;
using Clinic.Forms.Domain.Forms;
using Clinic.Forms.Domain.Submissions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Clinic.Forms.Features;

/// <summary>
/// Forms as FHIR R4 (Firely SDK): a published version as a <c>Questionnaire</c>, a submission as a
/// <c>QuestionnaireResponse</c> answering it. Item link ids are the form's item ids, so a response's answers
/// line up with the questionnaire's items; the other language travels in the standard translation extension.
/// </summary>
internal static class FhirExport
{
    public const string MediaType = "application/fhir+json";
    private const string TranslationExtension = "http://hl7.org/fhir/StructureDefinition/translation";
    private const string MinValueExtension = "http://hl7.org/fhir/StructureDefinition/minValue";
    private const string MaxValueExtension = "http://hl7.org/fhir/StructureDefinition/maxValue";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions { WriteIndented = true }.ForFhir(ModelInfo.ModelInspector);

    /// <summary>A form's canonical URL: the same for every version, which the version number then qualifies.</summary>
    public static string CanonicalUrl(string publicUrl, Guid formId) => $"{publicUrl.TrimEnd('/')}/fhir/Questionnaire/{formId:D}";

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Json);

    public static Questionnaire ToQuestionnaire(FormVersion version, string language, string publicUrl)
    {
        var content = version.Content;
        var questionnaire = new Questionnaire
        {
            Id = version.Id.ToString("D"),
            Url = CanonicalUrl(publicUrl, version.FormId),
            Version = version.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = $"Form{version.FormId:N}",
            Status = PublicationStatus.Active,
            Language = language,
            Date = version.PublishedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            TitleElement = Text(content.Title, language),
            SubjectTypeElement = [new Code<ResourceType>(ResourceType.Patient)],
            Code = [new Coding("urn:clinic:form-kind", version.Kind.ToString())],
        };
        if (content.Introduction is { } introduction)
        {
            questionnaire.Description = new Markdown(introduction.In(language));
        }

        questionnaire.Item = content.Items.Select(item => ToItem(item, language)).ToList();
        return questionnaire;
    }

    public static QuestionnaireResponse ToResponse(Submission submission, FormVersion version, string publicUrl)
    {
        var items = version.Content.Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var response = new QuestionnaireResponse
        {
            Id = submission.Id.ToString("D"),
            Questionnaire = $"{CanonicalUrl(publicUrl, version.FormId)}|{version.Number}",
            Status = submission.SupersedesId is null ? QuestionnaireResponse.QuestionnaireResponseStatus.Completed : QuestionnaireResponse.QuestionnaireResponseStatus.Amended,
            Subject = new ResourceReference($"Patient/{submission.PatientId:D}"),
            Authored = submission.SubmittedAt.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture),
            Author = new ResourceReference { Display = submission.SubmittedByName },
            Language = submission.Language,
            Identifier = new Identifier("urn:clinic:appointment", submission.AppointmentId.ToString("D")),
        };
        foreach (var answer in submission.Answers)
        {
            if (items.TryGetValue(answer.ItemId, out var item))
            {
                response.Item.Add(ToAnswerItem(item, answer, submission.Language));
            }
        }

        return response;
    }

    private static Questionnaire.ItemComponent ToItem(FormItem item, string language)
    {
        var component = new Questionnaire.ItemComponent
        {
            LinkId = item.Id,
            TextElement = Text(item.Text, language),
            Type = item.Type switch
            {
                FormItemType.Heading or FormItemType.Paragraph => Questionnaire.QuestionnaireItemType.Display,
                FormItemType.ShortText => Questionnaire.QuestionnaireItemType.String,
                FormItemType.LongText => Questionnaire.QuestionnaireItemType.Text,
                FormItemType.SingleChoice or FormItemType.MultipleChoice => Questionnaire.QuestionnaireItemType.Choice,
                FormItemType.YesNo or FormItemType.Acknowledgement => Questionnaire.QuestionnaireItemType.Boolean,
                FormItemType.Date => Questionnaire.QuestionnaireItemType.Date,
                _ => Questionnaire.QuestionnaireItemType.Decimal,
            },
        };
        if (!item.Type.IsContent())
        {
            component.Required = item.Required;
        }

        if (item.Type == FormItemType.MultipleChoice)
        {
            component.Repeats = true;
        }

        if (item.Options is { } options)
        {
            component.AnswerOption = options
                .Select(o => new Questionnaire.AnswerOptionComponent { Value = new Coding(null, o.Id, o.Text.In(language)) })
                .ToList();
        }

        if (item.Min is { } min)
        {
            component.Extension.Add(new Extension(MinValueExtension, new FhirDecimal(min)));
        }

        if (item.Max is { } max)
        {
            component.Extension.Add(new Extension(MaxValueExtension, new FhirDecimal(max)));
        }

        if (item.FollowUp is { } followUp)
        {
            component.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = $"{item.Id}.follow-up",
                TextElement = Text(followUp.Text, language),
                Type = Questionnaire.QuestionnaireItemType.Text,
                Required = followUp.Required,
                EnableWhen =
                [
                    new Questionnaire.EnableWhenComponent
                    {
                        Question = item.Id,
                        Operator = Questionnaire.QuestionnaireItemOperator.Equal,
                        Answer = new FhirBoolean(followUp.AskWhen),
                    },
                ],
            });
        }

        return component;
    }

    private static QuestionnaireResponse.ItemComponent ToAnswerItem(FormItem item, FormAnswer answer, string language)
    {
        var component = new QuestionnaireResponse.ItemComponent { LinkId = item.Id, Text = item.Text.In(language) };
        IEnumerable<DataType> values = item.Type switch
        {
            FormItemType.ShortText or FormItemType.LongText => [new FhirString(answer.Text)],
            FormItemType.SingleChoice or FormItemType.MultipleChoice => (answer.Choices ?? [])
                .Select(id => new Coding(null, id, item.Options?.FirstOrDefault(o => o.Id == id)?.Text.In(language))),
            FormItemType.YesNo => [new FhirBoolean(answer.YesNo)],
            FormItemType.Acknowledgement => [new FhirBoolean(answer.Acknowledged)],
            FormItemType.Date => [new Date(answer.Date!.Value.Year, answer.Date.Value.Month, answer.Date.Value.Day)],
            _ => [new FhirDecimal(answer.Number)],
        };
        foreach (var value in values)
        {
            component.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = value });
        }

        if (item.FollowUp is { } followUp && answer.FollowUp is { } followUpText && component.Answer.Count == 1)
        {
            component.Answer[0].Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = $"{item.Id}.follow-up",
                Text = followUp.Text.In(language),
                Answer = [new QuestionnaireResponse.AnswerComponent { Value = new FhirString(followUpText) }],
            });
        }

        return component;
    }

    /// <summary>The text in <paramref name="language"/>, carrying the other language as a translation extension.</summary>
    private static FhirString Text(LocalizedText text, string language)
    {
        var other = language == "en" ? "es" : "en";
        var value = new FhirString(text.In(language));
        var translation = text.In(other);
        if (!string.IsNullOrWhiteSpace(translation) && translation != value.Value)
        {
            value.Extension.Add(new Extension
            {
                Url = TranslationExtension,
                Extension =
                [
                    new Extension("lang", new Code(other)),
                    new Extension("content", new FhirString(translation)),
                ],
            });
        }

        return value;
    }
}
