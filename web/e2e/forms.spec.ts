import { chooseFirstFreeDay, chooseMadridAnd, chooseServices, expectAccessible, registerAndLogIn } from './support/booking';
import { clockIsMoved, hostNowMs } from './support/clock';
import { expectFitsPhone, logInAsAdminTo } from './support/staff';
import { expect, test, type Locator, type Page } from './support/test';

// Issue #13 end to end, on a phone: an Admin builds a consent and assigns it to a treatment; a patient books that
// treatment, answers the health questionnaire (Spanish) and signs the consent (English, drawn with the pointer on the canvas) in the portal; the Admin
// then finds both under the patient's Documents and checks the signed PDF. Axe runs on every screen.

async function answerEveryYesNoWithNo(page: Page) {
  for (const group of await page.getByRole('group').all()) {
    const no = group.getByRole('radio', { name: 'No', exact: true });
    if ((await no.count()) === 1) await no.check();
  }
}

/** Two strokes across the signature canvas with the mouse: pointer down, moves, up — as a patient signs with a finger. */
async function drawSignature(page: Page, canvas: Locator) {
  const box = (await canvas.boundingBox())!;
  const strokes = [
    [[0.1, 0.6], [0.25, 0.3], [0.4, 0.7], [0.55, 0.35], [0.7, 0.65]],
    [[0.15, 0.8], [0.5, 0.75], [0.9, 0.8]],
  ];
  for (const stroke of strokes) {
    const [[x0, y0], ...rest] = stroke;
    await page.mouse.move(box.x + box.width * x0, box.y + box.height * y0);
    await page.mouse.down();
    for (const [x, y] of rest) await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 8 });
    await page.mouse.up();
  }
}

/** How many pixels of an image carry ink (not transparent, not white): an empty canvas exports none. */
async function inkedPixels(image: Locator): Promise<number> {
  return image.evaluate(async (element: HTMLImageElement) => {
    await element.decode();
    const surface = document.createElement('canvas');
    surface.width = element.naturalWidth;
    surface.height = element.naturalHeight;
    const context = surface.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const { data } = context.getImageData(0, 0, surface.width, surface.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200)) inked++;
    return inked;
  });
}

test('staff build and assign a consent; a patient answers and signs it in the portal; staff open it under Documents', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const consentTitle = `Consentimiento hidratación ${stamp}`;
  await page.setViewportSize({ width: 360, height: 800 });

  // Staff build the consent (Spanish).
  await logInAsAdminTo(page, '/admin/forms', 'Formularios');
  await expectAccessible(page);
  await page.getByLabel('Tipo', { exact: true }).selectOption({ label: 'Consentimiento' });
  await page.getByRole('button', { name: 'Nuevo formulario' }).click();
  await page.getByLabel('Título · Español').fill(consentTitle);
  await page.getByLabel('Título · Inglés').fill(`Hydration consent ${stamp}`);
  await page.getByLabel('Tipo de elemento', { exact: true }).last().selectOption({ label: 'Párrafo' });
  await page.getByRole('button', { name: 'Añadir', exact: true }).click();
  await page.getByLabel('Texto · Español').fill('El tratamiento hidrata la piel con sérum de ácido hialurónico aplicado con presión.');
  await page.getByLabel('Texto · Inglés').fill('The treatment hydrates the skin with hyaluronic acid serum applied under pressure.');
  await page.getByLabel('Tipo de elemento', { exact: true }).last().selectOption({ label: 'Declaración a aceptar' });
  await page.getByRole('button', { name: 'Añadir', exact: true }).click();
  await page.getByLabel('Texto · Español').last().fill('Entiendo que puede haber enrojecimiento durante unas horas.');
  await page.getByLabel('Texto · Inglés').last().fill('I understand there may be redness for a few hours.');
  const preview = page.getByTestId('form-preview');
  await expect(preview.getByRole('checkbox', { name: 'Entiendo que puede haber enrojecimiento durante unas horas.' })).toBeVisible();
  await page.getByRole('button', { name: 'Publicar versión' }).click();
  await expect(page.getByText('Versión 1 publicada.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hydrafacial' }).check();
  await page.getByRole('button', { name: 'Guardar servicios' }).click();
  await expect(page.getByText('Servicios guardados.')).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  // A patient books Hydrafacial and finds the forms in "Acción requerida".
  const patientContext = await browser.newContext({ viewport: { width: 360, height: 800 } });
  if (clockIsMoved) await patientContext.clock.install({ time: hostNowMs() });
  const patient = await patientContext.newPage();
  const email = `nerea.${stamp}@example.com`;
  await registerAndLogIn(patient, { firstName: 'Nerea', lastName: 'Vidal', email, phone: '+34 633 000 013' });
  await expect(patient).toHaveURL(/\/book$/);
  await chooseServices(patient, ['Hydrafacial', 'Limpieza facial profunda']);
  await chooseMadridAnd(patient, 'Marta Sánchez');
  await chooseFirstFreeDay(patient);
  await patient.locator('.time-button').first().click();
  await expect(patient.getByText('Paso 4 de 5')).toBeVisible();
  await patient.getByRole('button', { name: 'Continuar' }).click();
  await patient.getByRole('button', { name: 'Confirmar reserva' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Reserva confirmada' })).toBeVisible();

  const actionRequired = patient.getByRole('region', { name: 'Acción requerida' });
  await expect
    .poll(async () => {
      await patient.goto('/portal');
      return actionRequired.getByText(consentTitle).count();
    }, { timeout: 30_000 })
    .toBe(1);
  await expect(actionRequired).toContainText('0 de 2 completados');
  await expectAccessible(patient);
  await expectFitsPhone(patient);

  // The health questionnaire, in Spanish: errors next to the questions, then answers sent.
  await actionRequired.getByRole('link', { name: 'Responder: Cuestionario de salud' }).click();
  await expect(patient.getByRole('heading', { level: 1, name: 'Cuestionario de salud' })).toBeVisible();
  await patient.getByRole('button', { name: 'Enviar respuestas' }).click();
  await expect(patient.getByRole('alert')).toContainText('necesitan tu respuesta');
  await expect(patient.getByText('Responde a esta pregunta.').first()).toBeVisible();
  await answerEveryYesNoWithNo(patient);
  await patient.getByRole('group', { name: /Embarazo y lactancia/ }).getByRole('radio', { name: 'No aplica' }).check();
  await patient.getByRole('group', { name: /¿Cómo reacciona tu piel al sol\?/ }).getByRole('radio', { name: 'A veces me quemo y me bronceo poco a poco' }).check();
  await expect(patient.getByText('Borrador guardado')).toBeVisible();
  await expectAccessible(patient);
  await patient.getByRole('button', { name: 'Enviar respuestas' }).click();
  await expect(patient.getByText('Respuestas enviadas. Gracias.')).toBeVisible();

  // The consent, in English, signed with a drawn signature.
  await patient.goto('/portal');
  await patient.getByLabel('Idioma').selectOption('en');
  const required = patient.getByRole('region', { name: 'Action required' });
  await expect(required).toContainText('1 of 2 done');
  await required.getByRole('link', { name: `Read and sign: Hydration consent ${stamp}` }).click();
  await expect(patient.getByRole('heading', { level: 1, name: `Hydration consent ${stamp}` })).toBeVisible();
  await expect(patient.getByText('The treatment hydrates the skin with hyaluronic acid serum applied under pressure.')).toBeVisible();
  await patient.getByRole('button', { name: 'Sign consent' }).click();
  await expect(patient.getByText('Tick this box to confirm you have read and understood it.')).toBeVisible();
  await patient.getByRole('checkbox', { name: 'I understand there may be redness for a few hours.' }).check();
  await patient.getByLabel('Full name').fill('Nerea Vidal');
  // The keyboard alternative is one button away (and back), then the patient draws on the canvas with the pointer.
  await patient.getByRole('button', { name: 'I prefer to sign by typing my name' }).click();
  await expect(patient.getByLabel('Your typed signature')).toHaveText('Nerea Vidal');
  await patient.getByRole('button', { name: 'I prefer to draw my signature' }).click();
  const canvas = patient.getByRole('img', { name: 'Signature box: draw your signature with a finger, a pen or the mouse' });
  await expect(patient.getByText('Loading the signature box…')).toHaveCount(0);
  await canvas.scrollIntoViewIfNeeded();
  await drawSignature(patient, canvas);
  await expectAccessible(patient);
  await expectFitsPhone(patient);
  await patient.getByRole('button', { name: 'Sign consent' }).click();
  await expect(patient.getByText('Consent signed. The PDF is in your documents.')).toBeVisible();
  const pdfLink = patient.getByRole('link', { name: 'Download the signed PDF' });
  const pdf = await patient.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const me = await (await patient.request.get('/api/account/me')).json();
  await patientContext.close();

  // Staff open it under the patient's Documents.
  await page.goto(`/admin/patients/${me.patientId}`);
  const documents = page.getByRole('region', { name: 'Documentos' });
  await expect(documents).toContainText('2 de 2 completados');
  await documents.getByRole('button', { name: `Ver: ${consentTitle}` }).click();
  const panel = page.getByTestId('submission-panel');
  await expect(panel).toContainText('Nerea Vidal');
  // The evidence: a drawn signature, its image stored with the strokes the pointer made.
  await expect(panel).toContainText('Dibujada');
  const stored = panel.getByRole('img', { name: 'Firma: Nerea Vidal' });
  await expect(stored).toBeVisible();
  expect(await inkedPixels(stored)).toBeGreaterThan(50);
  await panel.getByRole('button', { name: 'Comprobar integridad' }).click();
  await expect(panel.getByText('El PDF guardado coincide con la huella tomada al firmar.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Registro de accesos' }).first()).toContainText('Firmó');
  await expectAccessible(page);
  await expectFitsPhone(page);
});
