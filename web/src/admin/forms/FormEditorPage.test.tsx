import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formsClient, identityClient, schedulingClient, type FormDetails } from '../../api';
import { changeLanguage } from '../../i18n';
import { accountSettings } from '../../test/identityFixtures';
import { clinicProfile } from '../../test/catalogFixtures';
import { adminUser } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn(), getCatalog: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
  formsClient: { getForm: vi.fn(), updateForm: vi.fn(), publishForm: vi.fn(), setFormServices: vi.fn() },
}));

const formId = '7a1c2b3d-0000-4000-8000-000000000001';

function consentDraft(change: Partial<FormDetails> = {}): FormDetails {
  return {
    id: formId,
    kind: 'Consent',
    status: 'Active',
    draft: {
      title: { es: 'Consentimiento peeling', en: 'Peel consent' },
      introduction: null,
      items: [
        { id: 'intro', type: 'Paragraph', text: { es: 'El peeling exfolia la piel.', en: 'The peel exfoliates the skin.' }, help: null, required: false, options: null, followUp: null, min: null, max: null },
        { id: 'ack', type: 'Acknowledgement', text: { es: 'Entiendo los riesgos.', en: 'I understand the risks.' }, help: null, required: true, options: null, followUp: null, min: null, max: null },
      ],
    },
    reuseAnswersForDays: null,
    currentVersionId: null,
    latestVersionNumber: 0,
    hasUnpublishedChanges: true,
    serviceIds: [],
    versions: [],
    requestCount: 0,
    publishProblems: [],
    createdAt: '2026-12-01T09:00:00Z',
    updatedAt: '2026-12-01T09:00:00Z',
    updatedBy: 'Admin',
    revision: '0b5e7f1a-0000-4000-8000-000000000002',
    ...change,
  } as FormDetails;
}

const itemHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent).filter((text) => text?.match(/^(Elemento|Item) \d/));

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.getCatalog).mockResolvedValue({ locations: [], providers: [], categories: [], services: [] } as never);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(formsClient.getForm).mockResolvedValue(consentDraft());
  vi.mocked(formsClient.updateForm).mockImplementation(async (_id, command) => consentDraft({ draft: command.content }));
  await changeLanguage('es');
});

describe('/admin/forms/:formId (the form builder)', () => {
  it('adds a yes/no question with Spanish and English text, marks it required, moves it up and saves that order', async () => {
    renderApp(`/admin/forms/${formId}`);
    expect(await screen.findByRole('heading', { level: 1, name: /Consentimiento peeling/ })).toBeTruthy();
    expect(itemHeadings()).toEqual(['Elemento 1: Párrafo', 'Elemento 2: Declaración a aceptar']);

    fireEvent.change(screen.getByLabelText('Tipo de elemento', { selector: '#add-item-type' }), { target: { value: 'YesNo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Añadir' }));
    const added = (await screen.findByRole('heading', { name: 'Elemento 3: Sí / No' })).closest('section')!;
    fireEvent.change(within(added).getByLabelText('Texto · Español'), { target: { value: '¿Tomas anticoagulantes?' } });
    fireEvent.change(within(added).getByLabelText('Texto · Inglés'), { target: { value: 'Do you take blood thinners?' } });
    fireEvent.click(within(added).getByLabelText('Obligatoria'));

    // The preview is the patient's renderer: the new question, required, in the preview's language.
    const preview = screen.getByTestId('form-preview');
    await waitFor(() => expect(within(preview).getByText('¿Tomas anticoagulantes?').closest('legend')?.textContent).toBe('¿Tomas anticoagulantes? (obligatorio)'));

    fireEvent.click(within(added).getByRole('button', { name: 'Subir elemento 3' }));
    await waitFor(() => expect(itemHeadings()).toEqual(['Elemento 1: Párrafo', 'Elemento 2: Sí / No', 'Elemento 3: Declaración a aceptar']));

    fireEvent.change(screen.getByLabelText('Idioma de la vista previa'), { target: { value: 'en' } });
    await waitFor(() => expect(within(preview).getByText('Do you take blood thinners?').closest('legend')?.textContent).toBe('Do you take blood thinners? (required)'));

    fireEvent.click(screen.getByRole('button', { name: 'Guardar borrador' }));
    await waitFor(() => expect(formsClient.updateForm).toHaveBeenCalledTimes(1));
    const [id, command] = vi.mocked(formsClient.updateForm).mock.calls[0];
    expect(id).toBe(formId);
    expect(command.revision).toBe(consentDraft().revision);
    expect(command.content.items.map((item) => item.type)).toEqual(['Paragraph', 'YesNo', 'Acknowledgement']);
    expect(command.content.items[1]).toMatchObject({ text: { es: '¿Tomas anticoagulantes?', en: 'Do you take blood thinners?' }, required: true });
    expect(await screen.findByText('Borrador guardado.')).toBeTruthy();
  });

  it('gives a new choice question two options, and keeps at least two', async () => {
    renderApp(`/admin/forms/${formId}`);
    await screen.findByRole('heading', { level: 1, name: /Consentimiento peeling/ });
    fireEvent.change(screen.getByLabelText('Tipo de elemento', { selector: '#add-item-type' }), { target: { value: 'SingleChoice' } });
    fireEvent.click(screen.getByRole('button', { name: 'Añadir' }));
    const added = (await screen.findByRole('heading', { name: 'Elemento 3: Una opción' })).closest('section')!;
    expect(within(added).getAllByRole('button', { name: /^Quitar opción/ }).every((button) => (button as HTMLButtonElement).disabled)).toBe(true);
    fireEvent.click(within(added).getByRole('button', { name: 'Añadir opción' }));
    await waitFor(() => expect(within(added).getAllByRole('button', { name: /^Quitar opción/ }).some((button) => !(button as HTMLButtonElement).disabled)).toBe(true));
  });

  it('says what stops publishing in the screen language, with the place in the editor’s words', async () => {
    vi.mocked(formsClient.getForm).mockResolvedValue(
      consentDraft({ publishProblems: [{ path: 'items[1].text.en', code: 'EnglishMissing', message: 'Write the English text before publishing.', limit: null }] }),
    );
    vi.mocked(formsClient.publishForm).mockRejectedValue({
      status: 422,
      title: 'Unprocessable',
      detail: 'The form is not ready to publish: 1 thing(s) to fix.',
      problems: [{ path: 'items', code: 'NoParagraph', message: 'A consent needs the text the patient consents to (at least one paragraph).', limit: null }],
    });
    renderApp(`/admin/forms/${formId}`);
    await screen.findByRole('heading', { level: 1, name: /Consentimiento peeling/ });
    expect(screen.getByText('Elemento 2 · Inglés')).toBeTruthy();
    expect(screen.getByText(/Escribe el texto en inglés antes de publicar\./)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Publicar versión' }));
    expect(await screen.findByText(/Añade al menos un párrafo con el texto que el paciente lee\./)).toBeTruthy();
    expect(screen.queryByText(/A consent needs/)).toBeNull();

    await changeLanguage('en');
    expect(await screen.findByText(/Add at least one paragraph with the text the patient reads\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish version' })).toBeTruthy();
  });

  it('refuses a number question whose maximum is below its minimum before sending anything', async () => {
    renderApp(`/admin/forms/${formId}`);
    await screen.findByRole('heading', { level: 1, name: /Consentimiento peeling/ });
    fireEvent.change(screen.getByLabelText('Tipo de elemento', { selector: '#add-item-type' }), { target: { value: 'Number' } });
    fireEvent.click(screen.getByRole('button', { name: 'Añadir' }));
    const added = (await screen.findByRole('heading', { name: 'Elemento 3: Número' })).closest('section')!;
    fireEvent.change(within(added).getByLabelText('Mínimo'), { target: { value: '10' } });
    fireEvent.change(within(added).getByLabelText('Máximo'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar borrador' }));
    expect(await screen.findByText(/El máximo es menor que el mínimo\./)).toBeTruthy();
    expect(screen.getByText('Elemento 3 · Máximo')).toBeTruthy();
    expect(formsClient.updateForm).not.toHaveBeenCalled();
  });
});
