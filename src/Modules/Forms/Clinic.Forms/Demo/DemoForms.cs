using Clinic.Forms.Domain.Forms;
using static Clinic.Forms.Demo.DemoFormContent;

namespace Clinic.Forms.Demo;

/// <summary>
/// The demo clinic's forms, written as a Spanish aesthetic clinic would hand them to patients, with their English
/// versions. <see cref="DemoForm.Services"/> names the demo catalog's services each form is assigned to.
/// </summary>
internal static class DemoForms
{
    public const string Botox = "Toxina botulínica (3 zonas)";
    public const string Lips = "Ácido hialurónico en labios";
    public const string Peel = "Peeling químico";
    public const string LaserLegs = "Depilación láser piernas completas";
    public const string LaserUnderarms = "Depilación láser axilas";

    public static IReadOnlyList<DemoForm> All { get; } =
    [
        new(FormKind.Questionnaire, HealthQuestionnaire(), 90,
        [
            "Consulta de valoración", Botox, Lips, "Mesoterapia facial", "Microneedling con plasma rico en plaquetas", Peel,
            "Limpieza facial profunda", "Hydrafacial", LaserLegs, LaserUnderarms, "Radiofrecuencia corporal", "Presoterapia",
        ]),
        new(FormKind.Consent, BotulinumToxinConsent(), null, [Botox]),
        new(FormKind.Consent, DermalFillerConsent(), null, [Lips]),
        new(FormKind.Consent, ChemicalPeelConsent(), null, [Peel]),
        new(FormKind.PreTreatmentInstructions, LaserPreparation(), null, [LaserLegs, LaserUnderarms]),
        new(FormKind.PreTreatmentInstructions, PeelPreparation(), null, [Peel]),
        new(FormKind.PostTreatmentInstructions, BotulinumToxinAftercare(), null, [Botox]),
        new(FormKind.PostTreatmentInstructions, DermalFillerAftercare(), null, [Lips]),
        new(FormKind.PostTreatmentInstructions, ChemicalPeelAftercare(), null, [Peel]),
        new(FormKind.PostTreatmentInstructions, LaserAftercare(), null, [LaserLegs, LaserUnderarms]),
    ];

    private static FormContent HealthQuestionnaire() => new(
        T("Cuestionario de salud", "Health questionnaire"),
        T("Antes de cualquier tratamiento necesitamos conocer tu estado de salud para ofrecerte un tratamiento seguro. Tus respuestas son confidenciales y solo las consulta el equipo clínico. Si algo cambia antes de tu cita, actualízalo o avísanos.",
          "Before any treatment we need to know about your health so we can treat you safely. Your answers are confidential and only our clinical team sees them. If anything changes before your appointment, update them or let us know."),
        [
            Heading("general", "Salud general", "General health"),
            YesNo("conditions-now", "¿Padeces actualmente alguna enfermedad o estás en tratamiento médico?", "Do you currently have any illness or are you under medical treatment?",
                followUp: IfYes("Indica cuál y desde cuándo.", "Tell us which, and since when.")),
            YesNo("medication", "¿Tomas algún medicamento, suplemento o producto de herbolario?", "Do you take any medication, supplements or herbal products?",
                followUp: IfYes("Indica cuáles y la dosis.", "Tell us which ones and the dose.")),
            YesNo("blood-thinners", "¿Tomas anticoagulantes o antiagregantes (Sintrom, heparina, aspirina, clopidogrel) o dosis altas de omega 3?",
                "Do you take blood thinners (warfarin, heparin, aspirin, clopidogrel) or high doses of fish oil?",
                help: T("Aumentan el riesgo de hematomas con las infiltraciones. No dejes ninguna medicación sin consultarlo con tu médico.",
                        "They increase the risk of bruising after injections. Do not stop any medication without asking your doctor.")),
            YesNo("allergies", "¿Tienes alguna alergia (medicamentos, anestésicos locales como la lidocaína, látex, alimentos)?",
                "Do you have any allergies (medicines, local anaesthetics such as lidocaine, latex, food)?",
                followUp: IfYes("¿A qué eres alérgico/a y qué reacción tuviste?", "What are you allergic to, and what reaction did you have?")),
            Choice("history", "¿Tienes o has tenido alguna de estas situaciones?", "Do you have, or have you had, any of the following?", multiple: true, required: false,
                Option("diabetes", "Diabetes", "Diabetes"),
                Option("autoimmune", "Enfermedad autoinmune (lupus, artritis reumatoide, esclerodermia…)", "Autoimmune disease (lupus, rheumatoid arthritis, scleroderma…)"),
                Option("cold-sores", "Herpes labial recurrente", "Recurrent cold sores"),
                Option("bleeding", "Trastornos de la coagulación o hematomas con facilidad", "Bleeding disorders or bruising easily"),
                Option("keloids", "Cicatrices queloides o hipertróficas", "Keloid or raised scars"),
                Option("neuromuscular", "Enfermedad neuromuscular (miastenia gravis, ELA…)", "Neuromuscular disease (myasthenia gravis, ALS…)"),
                Option("epilepsy", "Epilepsia", "Epilepsy"),
                Option("cancer", "Cáncer en tratamiento o en los últimos 5 años", "Cancer under treatment or in the last 5 years"),
                Option("pacemaker", "Marcapasos, implantes metálicos o dispositivos electrónicos", "Pacemaker, metal implants or electronic devices")),
            Choice("pregnancy", "Embarazo y lactancia", "Pregnancy and breastfeeding", multiple: false, required: true,
                Option("no", "No estoy embarazada ni en lactancia", "I am not pregnant or breastfeeding"),
                Option("pregnant", "Estoy embarazada o podría estarlo", "I am or may be pregnant"),
                Option("breastfeeding", "Estoy en periodo de lactancia", "I am breastfeeding"),
                Option("planning", "Estoy buscando un embarazo", "I am trying to get pregnant"),
                Option("not-applicable", "No aplica", "Not applicable")),
            Heading("aesthetic", "Tratamientos estéticos y piel", "Aesthetic treatments and skin"),
            YesNo("previous-treatments", "¿Te has realizado tratamientos estéticos antes (toxina botulínica, rellenos, hilos, peelings, láser)?",
                "Have you had aesthetic treatments before (botulinum toxin, fillers, threads, peels, laser)?",
                followUp: IfYes("¿Cuáles, dónde y cuándo fue el último?", "Which ones, where, and when was the last one?")),
            YesNo("previous-reactions", "¿Has tenido alguna reacción o complicación tras un tratamiento estético?",
                "Have you had any reaction or complication after an aesthetic treatment?",
                followUp: IfYes("Describe qué ocurrió y cómo se trató.", "Describe what happened and how it was treated.")),
            Date("last-treatment", "Fecha aproximada de tu último tratamiento estético (si lo hubo)", "Approximate date of your last aesthetic treatment (if any)"),
            YesNo("isotretinoin", "¿Has tomado isotretinoína (Roacután, Dercutane) en los últimos 12 meses?", "Have you taken isotretinoin (Roaccutane, Accutane) in the last 12 months?"),
            YesNo("sun", "¿Has tomado el sol, rayos UVA o autobronceador en las últimas 4 semanas?", "Have you sunbathed, used sunbeds or self-tan in the last 4 weeks?"),
            Choice("skin-type", "¿Cómo reacciona tu piel al sol?", "How does your skin react to the sun?", multiple: false, required: true,
                Option("i", "Siempre me quemo y nunca me bronceo", "I always burn and never tan"),
                Option("ii", "Me quemo con facilidad y me bronceo poco", "I burn easily and tan a little"),
                Option("iii", "A veces me quemo y me bronceo poco a poco", "I sometimes burn and tan gradually"),
                Option("iv", "Rara vez me quemo y me bronceo con facilidad", "I rarely burn and tan easily"),
                Option("v", "Casi nunca me quemo y me bronceo mucho", "I very rarely burn and tan deeply"),
                Option("vi", "Nunca me quemo; piel muy pigmentada", "I never burn; deeply pigmented skin")),
            YesNo("smoker", "¿Fumas o vapeas?", "Do you smoke or vape?"),
            LongText("anything-else", "¿Hay algo más que debamos saber antes de tu tratamiento?", "Is there anything else we should know before your treatment?"),
        ]);

    private static FormContent BotulinumToxinConsent() => new(
        T("Consentimiento informado: tratamiento con toxina botulínica tipo A", "Informed consent: botulinum toxin type A treatment"),
        T("Lee este documento con calma antes de tu cita. Si tienes cualquier duda, pregúntanos antes de firmarlo; podrás volver a hablarlo con tu médico el día del tratamiento.",
          "Please read this document calmly before your appointment. If you have any questions, ask us before signing; you can also go over it with your doctor on the day of treatment."),
        [
            Heading("what", "En qué consiste", "What it is"),
            Paragraph("what-text", "La toxina botulínica tipo A es un medicamento que relaja de forma temporal los músculos en los que se inyecta. En medicina estética se utiliza para suavizar las arrugas de expresión de la frente, el entrecejo y las patas de gallo. El tratamiento consiste en varias microinyecciones con una aguja muy fina y dura unos 15 minutos.",
                "Botulinum toxin type A is a medicine that temporarily relaxes the muscles it is injected into. In aesthetic medicine it is used to soften expression lines on the forehead, between the eyebrows and around the eyes (crow's feet). The treatment consists of several micro-injections with a very fine needle and takes about 15 minutes."),
            Heading("results", "Resultados esperados", "Expected results"),
            Paragraph("results-text", "El efecto empieza a notarse entre 2 y 10 días después y alcanza su máximo a las 2 semanas. Dura habitualmente entre 3 y 6 meses, según la persona, la zona y la dosis. A los 15 días se realiza una revisión y, si es necesario, un pequeño retoque. El resultado no puede garantizarse y puede variar entre una sesión y otra.",
                "The effect starts to show 2 to 10 days later and peaks at 2 weeks. It usually lasts 3 to 6 months, depending on the person, the area and the dose. A review is done at 15 days and, if needed, a small touch-up. The result cannot be guaranteed and may vary from one session to another."),
            Heading("risks", "Riesgos y efectos secundarios", "Risks and side effects"),
            Paragraph("risks-common", "Frecuentes y pasajeros: enrojecimiento, pequeños bultos o hematomas en los puntos de inyección, dolor de cabeza leve durante 24–48 horas.",
                "Common and short-lived: redness, small bumps or bruises at the injection points, mild headache for 24–48 hours."),
            Paragraph("risks-uncommon", "Poco frecuentes: caída temporal del párpado o de la ceja, asimetría, sensación de pesadez en la frente. Son reversibles y desaparecen a medida que el efecto de la toxina disminuye.",
                "Uncommon: temporary drooping of the eyelid or eyebrow, asymmetry, a feeling of heaviness in the forehead. They are reversible and fade as the toxin wears off."),
            Paragraph("risks-rare", "Raros: reacción alérgica, infección en el punto de inyección o difusión del efecto a músculos cercanos. Si notas dificultad para tragar, hablar o respirar, acude a urgencias y avísanos.",
                "Rare: allergic reaction, infection at an injection point, or spread of the effect to nearby muscles. If you have difficulty swallowing, speaking or breathing, go to the emergency department and let us know."),
            Heading("contraindications", "Cuándo no debe realizarse", "When it must not be done"),
            Paragraph("contraindications-text", "Embarazo o lactancia, enfermedades neuromusculares (como la miastenia gravis), infección activa en la zona, alergia conocida a la toxina o a la albúmina, y tratamiento con ciertos antibióticos (aminoglucósidos). Las alternativas incluyen no tratarse, los rellenos, los peelings o los tratamientos con aparatología.",
                "Pregnancy or breastfeeding, neuromuscular diseases (such as myasthenia gravis), active infection in the area, known allergy to the toxin or to albumin, and treatment with certain antibiotics (aminoglycosides). Alternatives include no treatment, fillers, peels or device-based treatments."),
            Acknowledge("ack-read", "He leído y comprendido esta información, y he podido hacer todas las preguntas que he querido.",
                "I have read and understood this information, and I have been able to ask all the questions I wanted."),
            Acknowledge("ack-history", "He informado con veracidad de mi historial médico, mi medicación y mis alergias.",
                "I have truthfully reported my medical history, medication and allergies."),
            Acknowledge("ack-not-pregnant", "Declaro que no estoy embarazada ni en periodo de lactancia.", "I declare that I am not pregnant or breastfeeding."),
            Acknowledge("ack-results", "Entiendo que el resultado no está garantizado, que es temporal y que puede requerir una revisión a los 15 días.",
                "I understand that the result is not guaranteed, is temporary, and may need a review at 15 days."),
            Acknowledge("ack-aftercare", "Me comprometo a seguir las indicaciones posteriores al tratamiento.", "I agree to follow the aftercare instructions."),
            YesNo("photos", "¿Autorizas que tomemos fotografías clínicas de la zona tratada para tu historia? (Nunca se publicarán sin tu permiso por escrito.)",
                "Do you allow us to take clinical photographs of the treated area for your record? (They will never be published without your written permission.)"),
        ]);

    private static FormContent DermalFillerConsent() => new(
        T("Consentimiento informado: relleno con ácido hialurónico", "Informed consent: hyaluronic acid dermal filler"),
        T("Este documento explica el tratamiento, sus beneficios y sus riesgos. Léelo con atención y pregúntanos cualquier duda antes de firmarlo.",
          "This document explains the treatment, its benefits and its risks. Read it carefully and ask us any questions before signing."),
        [
            Heading("what", "En qué consiste", "What it is"),
            Paragraph("what-text", "El ácido hialurónico es una sustancia presente de forma natural en la piel. Se inyecta con aguja o cánula para aportar hidratación, volumen y definición, en este caso en los labios. El producto que utilizamos contiene lidocaína para que el tratamiento sea más cómodo y es reabsorbible: el organismo lo elimina de forma progresiva en 6 a 12 meses.",
                "Hyaluronic acid is a substance naturally present in the skin. It is injected with a needle or cannula to add hydration, volume and definition, in this case to the lips. The product we use contains lidocaine to make the treatment more comfortable and is resorbable: the body gradually breaks it down over 6 to 12 months."),
            Heading("risks", "Riesgos y efectos secundarios", "Risks and side effects"),
            Paragraph("risks-common", "Frecuentes: hinchazón, enrojecimiento, dolor al tacto y hematomas durante varios días. La hinchazón de los labios puede ser marcada las primeras 48 horas.",
                "Common: swelling, redness, tenderness and bruising for several days. Lip swelling can be marked for the first 48 hours."),
            Paragraph("risks-uncommon", "Poco frecuentes: pequeños nódulos o irregularidades palpables, asimetría, reactivación de herpes labial e infección.",
                "Uncommon: small palpable lumps or irregularities, asymmetry, reactivation of cold sores, and infection."),
            Paragraph("risks-rare", "Raros pero graves: la oclusión de un vaso sanguíneo puede dañar la piel (necrosis) y, de forma excepcional, afectar a la visión. Si notas un dolor intenso, palidez o una mancha violácea en la zona, o cualquier alteración de la vista, llámanos de inmediato: el ácido hialurónico puede disolverse con hialuronidasa.",
                "Rare but serious: blocking a blood vessel can damage the skin (necrosis) and, exceptionally, affect eyesight. If you notice severe pain, whitening or a purplish patch in the area, or any change in your vision, call us immediately: hyaluronic acid can be dissolved with hyaluronidase."),
            Heading("contraindications", "Cuándo no debe realizarse", "When it must not be done"),
            Paragraph("contraindications-text", "Embarazo o lactancia, infección o herpes activo en la zona, enfermedades autoinmunes no controladas, alergia a la lidocaína o al ácido hialurónico, y en las dos semanas siguientes a un tratamiento dental o a una vacuna.",
                "Pregnancy or breastfeeding, infection or active cold sores in the area, uncontrolled autoimmune disease, allergy to lidocaine or hyaluronic acid, and within two weeks of dental treatment or a vaccination."),
            Acknowledge("ack-read", "He leído y comprendido esta información, y he podido hacer todas las preguntas que he querido.",
                "I have read and understood this information, and I have been able to ask all the questions I wanted."),
            Acknowledge("ack-history", "He informado con veracidad de mi historial médico, mi medicación y mis alergias.",
                "I have truthfully reported my medical history, medication and allergies."),
            Acknowledge("ack-vascular", "Entiendo el riesgo de oclusión vascular y me comprometo a avisar de inmediato si noto los signos descritos.",
                "I understand the risk of vascular occlusion and agree to call immediately if I notice the signs described."),
            Acknowledge("ack-results", "Entiendo que el resultado no está garantizado y que el efecto es temporal.", "I understand that the result is not guaranteed and the effect is temporary."),
            YesNo("photos", "¿Autorizas que tomemos fotografías clínicas de la zona tratada para tu historia? (Nunca se publicarán sin tu permiso por escrito.)",
                "Do you allow us to take clinical photographs of the treated area for your record? (They will never be published without your written permission.)"),
        ]);

    private static FormContent ChemicalPeelConsent() => new(
        T("Consentimiento informado: peeling químico", "Informed consent: chemical peel"),
        null,
        [
            Heading("what", "En qué consiste", "What it is"),
            Paragraph("what-text", "El peeling químico consiste en aplicar sobre la piel una solución de ácidos (glicólico, salicílico, mandélico o TCA a baja concentración) que renueva sus capas superficiales. Mejora manchas, textura, poros y marcas de acné. Pueden ser necesarias varias sesiones separadas entre 2 y 4 semanas.",
                "A chemical peel applies a solution of acids (glycolic, salicylic, mandelic or low-strength TCA) to the skin to renew its outer layers. It improves pigmentation, texture, pores and acne marks. Several sessions 2 to 4 weeks apart may be needed."),
            Heading("expect", "Qué esperar", "What to expect"),
            Paragraph("expect-text", "Durante la aplicación es normal notar calor, picor o escozor. Después, la piel puede estar enrojecida y tirante, y descamarse entre el segundo y el séptimo día.",
                "Warmth, itching or stinging during application are normal. Afterwards the skin may be red and tight, and peel between the second and the seventh day."),
            Heading("risks", "Riesgos", "Risks"),
            Paragraph("risks-text", "Enrojecimiento prolongado, hiperpigmentación u oscurecimiento de manchas (más probable en pieles oscuras o con exposición al sol), reactivación de herpes labial, infección y, muy raramente, cicatrices. El riesgo aumenta si no se protege la piel del sol o se arranca la piel que se descama.",
                "Prolonged redness, hyperpigmentation or darkening of patches (more likely in darker skin or with sun exposure), reactivation of cold sores, infection and, very rarely, scarring. The risk is higher if the skin is not protected from the sun or peeling skin is picked off."),
            Heading("contraindications", "Cuándo no debe realizarse", "When it must not be done"),
            Paragraph("contraindications-text", "Embarazo o lactancia, isotretinoína en los últimos 6–12 meses, herpes activo, heridas o quemaduras solares en la zona, y uso de retinoides en los 5–7 días previos.",
                "Pregnancy or breastfeeding, isotretinoin in the last 6–12 months, active cold sores, wounds or sunburn in the area, and use of retinoids in the previous 5–7 days."),
            Acknowledge("ack-read", "He leído y comprendido esta información, y he podido hacer todas las preguntas que he querido.",
                "I have read and understood this information, and I have been able to ask all the questions I wanted."),
            Acknowledge("ack-preparation", "He seguido las instrucciones de preparación (sin retinoides ni exposición solar los días previos).",
                "I have followed the preparation instructions (no retinoids or sun exposure in the days before)."),
            Acknowledge("ack-sun", "Me comprometo a usar protección solar SPF 50 y a evitar el sol durante las semanas siguientes.",
                "I agree to use SPF 50 sunscreen and avoid the sun in the following weeks."),
            Acknowledge("ack-results", "Entiendo que el resultado no está garantizado y que pueden necesitarse varias sesiones.",
                "I understand that the result is not guaranteed and that several sessions may be needed."),
        ]);

    private static FormContent LaserPreparation() => new(
        T("Antes de tu sesión de depilación láser", "Before your laser hair removal session"),
        T("Seguir estas indicaciones hace el tratamiento más eficaz y evita quemaduras.", "Following these steps makes the treatment more effective and prevents burns."),
        [
            Heading("shave", "Rasura la zona", "Shave the area"),
            Paragraph("shave-text", "Rasura la zona con cuchilla 24 horas antes. No uses cera, pinzas, hilo ni crema depilatoria en las 4 semanas previas: el láser necesita la raíz del vello.",
                "Shave the area with a razor 24 hours before. Do not wax, pluck, thread or use hair-removal cream in the previous 4 weeks: the laser needs the hair root."),
            Heading("sun", "Sol y bronceado", "Sun and tanning"),
            Paragraph("sun-text", "Evita el sol y las cabinas de bronceado en las 4 semanas previas y no uses autobronceador en las 2 semanas previas. Si la zona está bronceada o quemada, aplazaremos la sesión.",
                "Avoid the sun and sunbeds for 4 weeks before, and do not use self-tan in the 2 weeks before. If the area is tanned or sunburnt, we will postpone the session."),
            Heading("skin", "El día de la sesión", "On the day"),
            Paragraph("skin-text", "Ven con la piel limpia, sin cremas, aceites, perfume ni desodorante en la zona. Suspende retinoides y ácidos exfoliantes en la zona una semana antes.",
                "Come with clean skin, without creams, oils, perfume or deodorant on the area. Stop retinoids and exfoliating acids on the area one week before."),
            Heading("medication", "Medicación", "Medication"),
            Paragraph("medication-text", "Avísanos si tomas medicamentos fotosensibilizantes (algunos antibióticos, antiinflamatorios o isotretinoína) o si has empezado alguno nuevo.",
                "Tell us if you take medicines that make the skin sensitive to light (some antibiotics, anti-inflammatories or isotretinoin) or have started a new one."),
        ]);

    private static FormContent PeelPreparation() => new(
        T("Antes de tu peeling químico", "Before your chemical peel"),
        null,
        [
            Heading("retinoids", "Retinoides y exfoliantes", "Retinoids and exfoliants"),
            Paragraph("retinoids-text", "Deja de usar retinol, tretinoína, ácidos (glicólico, salicílico) y exfoliantes 5 a 7 días antes.",
                "Stop retinol, tretinoin, acids (glycolic, salicylic) and scrubs 5 to 7 days before."),
            Heading("hair", "Depilación", "Hair removal"),
            Paragraph("hair-text", "No te depiles con cera, láser ni hilo en la zona durante la semana previa.", "Do not wax, laser or thread the area in the week before."),
            Heading("sun", "Sol", "Sun"),
            Paragraph("sun-text", "Evita el sol durante las 2 semanas previas y usa protección SPF 50 cada día.", "Avoid the sun for 2 weeks before and use SPF 50 every day."),
            Heading("cold-sores", "Herpes labial", "Cold sores"),
            Paragraph("cold-sores-text", "Si sueles tener herpes labial, díselo a tu médico: puede pautarte un antiviral preventivo. Si tienes un brote activo, aplazaremos la sesión.",
                "If you get cold sores, tell your doctor: they may prescribe a preventive antiviral. If you have an active outbreak, we will postpone the session."),
            Paragraph("makeup", "Ven sin maquillaje o con tiempo para retirarlo en la clínica.", "Come without make-up, or allow time to remove it at the clinic."),
        ]);

    private static FormContent BotulinumToxinAftercare() => new(
        T("Cuidados después de la toxina botulínica", "Aftercare: botulinum toxin"),
        null,
        [
            Heading("lying", "Las primeras 4 horas", "The first 4 hours"),
            Paragraph("lying-text", "No te tumbes ni te agaches de forma prolongada, y no frotes ni masajees las zonas tratadas.", "Do not lie down or bend over for long, and do not rub or massage the treated areas."),
            Heading("exercise", "Ejercicio y calor", "Exercise and heat"),
            Paragraph("exercise-text", "Evita el ejercicio intenso durante 24 horas y la sauna, el baño turco y el sol intenso durante 48 horas.",
                "Avoid strenuous exercise for 24 hours, and saunas, steam rooms and strong sun for 48 hours."),
            Heading("makeup", "Maquillaje", "Make-up"),
            Paragraph("makeup-text", "Puedes maquillarte pasadas 4 horas, con suavidad.", "You can wear make-up after 4 hours, applied gently."),
            Heading("review", "Revisión", "Review"),
            Paragraph("review-text", "El efecto aparece en 2 a 10 días. Te esperamos a los 15 días para revisar el resultado. Si notas caída del párpado, dificultad para tragar o respirar, llámanos.",
                "The effect appears within 2 to 10 days. We will see you at 15 days to review the result. If you notice a drooping eyelid, or difficulty swallowing or breathing, call us."),
        ]);

    private static FormContent DermalFillerAftercare() => new(
        T("Cuidados después del relleno con ácido hialurónico", "Aftercare: hyaluronic acid filler"),
        null,
        [
            Heading("cold", "Frío", "Cold"),
            Paragraph("cold-text", "Aplica frío envuelto en un paño 10 minutos cada hora durante el primer día para reducir la hinchazón.", "Apply a wrapped cold pack for 10 minutes every hour on the first day to reduce swelling."),
            Heading("avoid", "Evita", "Avoid"),
            Paragraph("avoid-text", "Maquillaje en la zona durante 12 horas; ejercicio intenso, alcohol y calor (sauna, sol, rayos UVA) durante 48 horas; y presionar o masajear la zona salvo que te lo indiquemos. Duerme boca arriba las dos primeras noches.",
                "Make-up on the area for 12 hours; strenuous exercise, alcohol and heat (sauna, sun, sunbeds) for 48 hours; and pressing or massaging the area unless we tell you to. Sleep on your back for the first two nights."),
            Heading("warning", "Llámanos de inmediato si…", "Call us immediately if…"),
            Paragraph("warning-text", "notas un dolor intenso que aumenta, la piel pálida, moteada o violácea, ampollas, o cualquier alteración de la vista. Son signos poco frecuentes pero urgentes.",
                "you notice severe or increasing pain, pale, mottled or purplish skin, blisters, or any change in your vision. These signs are rare but urgent."),
            Heading("normal", "Es normal", "It is normal"),
            Paragraph("normal-text", "Que haya hinchazón, pequeños hematomas o bultitos durante una semana. El resultado definitivo se valora a las 2 semanas.",
                "To have swelling, small bruises or lumps for a week. The final result is assessed at 2 weeks."),
        ]);

    private static FormContent ChemicalPeelAftercare() => new(
        T("Cuidados después del peeling químico", "Aftercare: chemical peel"),
        null,
        [
            Heading("peeling", "Descamación", "Peeling"),
            Paragraph("peeling-text", "No arranques ni frotes la piel que se descama: déjala caer sola para evitar manchas y cicatrices.",
                "Do not pick or rub the peeling skin: let it come away on its own to avoid marks and scarring."),
            Heading("routine", "Rutina", "Routine"),
            Paragraph("routine-text", "Lava la cara con un limpiador suave y agua templada, e hidrata varias veces al día con la crema que te hemos recomendado. No uses retinoides, ácidos ni exfoliantes hasta que te lo indiquemos.",
                "Wash your face with a gentle cleanser and lukewarm water, and moisturise several times a day with the cream we recommended. Do not use retinoids, acids or scrubs until we tell you."),
            Heading("sun", "Sol", "Sun"),
            Paragraph("sun-text", "Usa protección solar SPF 50 cada día, también si está nublado, y evita el sol directo durante 4 semanas.", "Use SPF 50 every day, even when cloudy, and avoid direct sun for 4 weeks."),
            Heading("makeup", "Maquillaje y deporte", "Make-up and sport"),
            Paragraph("makeup-text", "Evita el maquillaje durante 24–48 horas y el deporte intenso, la sauna y la piscina durante 3 días.", "Avoid make-up for 24–48 hours, and strenuous sport, saunas and swimming pools for 3 days."),
        ]);

    private static FormContent LaserAftercare() => new(
        T("Cuidados después de la depilación láser", "Aftercare: laser hair removal"),
        null,
        [
            Heading("redness", "Enrojecimiento", "Redness"),
            Paragraph("redness-text", "Es normal que la zona esté roja y con pequeños bultitos durante unas horas. Aplica frío y una crema calmante (aloe vera).",
                "It is normal for the area to be red with small bumps for a few hours. Apply a cold pack and a soothing cream (aloe vera)."),
            Heading("heat", "Calor y roce", "Heat and friction"),
            Paragraph("heat-text", "Durante 48 horas evita baños calientes, sauna, piscina con cloro, deporte intenso y ropa ajustada en la zona. En axilas, no uses desodorante durante 24 horas.",
                "For 48 hours avoid hot baths, saunas, chlorinated pools, strenuous exercise and tight clothing on the area. For underarms, do not use deodorant for 24 hours."),
            Heading("sun", "Sol", "Sun"),
            Paragraph("sun-text", "Protege la zona con SPF 50 y evita el sol durante 2 semanas.", "Protect the area with SPF 50 and avoid the sun for 2 weeks."),
            Heading("hair", "El vello", "The hair"),
            Paragraph("hair-text", "El vello tratado se caerá en 1 a 3 semanas. Entre sesiones rasura con cuchilla; no uses cera ni pinzas.",
                "The treated hair will fall out within 1 to 3 weeks. Between sessions, shave with a razor; do not wax or pluck."),
        ]);
}

/// <summary>A demo form: its kind and content, reuse window and the demo services it is assigned to (by name).</summary>
internal sealed record DemoForm(FormKind Kind, FormContent Content, int? ReuseAnswersForDays, IReadOnlyList<string> Services);
