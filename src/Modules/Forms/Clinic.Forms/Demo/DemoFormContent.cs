using Clinic.Forms.Domain.Forms;

namespace Clinic.Forms.Demo;

/// <summary>Short-hands that keep the demo forms readable: each item with its Spanish and English text side by side.</summary>
internal static class DemoFormContent
{
    public static LocalizedText T(string es, string en) => new(es, en);

    public static FormItem Heading(string id, string es, string en) => new(id, FormItemType.Heading, T(es, en));

    public static FormItem Paragraph(string id, string es, string en) => new(id, FormItemType.Paragraph, T(es, en));

    public static FormItem Acknowledge(string id, string es, string en) => new(id, FormItemType.Acknowledgement, T(es, en), Required: true);

    public static FormItem YesNo(string id, string es, string en, bool required = true, FollowUpQuestion? followUp = null, LocalizedText? help = null) =>
        new(id, FormItemType.YesNo, T(es, en), help, required, FollowUp: followUp);

    public static FollowUpQuestion IfYes(string es, string en, bool required = true) => new(true, T(es, en), required);

    public static FormItem LongText(string id, string es, string en, bool required = false, LocalizedText? help = null) =>
        new(id, FormItemType.LongText, T(es, en), help, required);

    public static FormItem Date(string id, string es, string en, bool required = false, LocalizedText? help = null) =>
        new(id, FormItemType.Date, T(es, en), help, required);

    public static FormItem Choice(string id, string es, string en, bool multiple, bool required, params ChoiceOption[] options) =>
        new(id, multiple ? FormItemType.MultipleChoice : FormItemType.SingleChoice, T(es, en), null, required, options);

    public static ChoiceOption Option(string id, string es, string en) => new(id, T(es, en));
}
