using Clinic.Notifications.Templates;

namespace Clinic.UnitTests.Notifications;

public sealed class GsmTextTests
{
    [Theory]
    [InlineData("Código de verificación", "Codigo de verificacion")]
    [InlineData("Ácido hialurónico · Clínica", "Acido hialuronico - Clinica")]
    [InlineData("mañana, miércoles", "mañana, miércoles")]
    [InlineData("10:30–11:15", "10:30-11:15")]
    [InlineData("“Hola” ¿qué tal?", "\"Hola\" ¿qué tal?")]
    public void Given_spanish_text_When_transliterated_Then_only_characters_outside_gsm_change(string text, string expected)
    {
        GsmText.Transliterate(text).ShouldBe(expected);
    }

    [Fact]
    public void Given_a_name_in_another_script_When_transliterated_Then_it_is_kept_rather_than_destroyed()
    {
        GsmText.Transliterate("Hola 王芳").ShouldBe("Hola 王芳");
    }

    [Theory]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    public void Given_gsm_text_When_counted_Then_segments_follow_160_then_153_characters(int length, int segments)
    {
        GsmText.Segments(new string('a', length)).ShouldBe(segments);
    }

    [Fact]
    public void Given_one_character_outside_gsm_When_counted_Then_the_whole_message_uses_70_character_segments()
    {
        GsmText.Segments(new string('a', 69) + "á").ShouldBe(1);
        GsmText.Segments(new string('a', 70) + "á").ShouldBe(2);
    }

    [Fact]
    public void Given_the_euro_sign_When_counted_Then_it_costs_two_gsm_characters()
    {
        GsmText.Segments(new string('a', 158) + "€").ShouldBe(1);
        GsmText.Segments(new string('a', 159) + "€").ShouldBe(2);
    }
}
