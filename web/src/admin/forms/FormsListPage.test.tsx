import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { formsClient, identityClient, schedulingClient, type FormSummary } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { accountSettings } from '../../test/identityFixtures';
import { adminUser } from '../../test/patientFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn(), getCatalog: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
  formsClient: { listForms: vi.fn(), setServiceForms: vi.fn() },
}));

const peel = 'aaaaaaaa-0000-4000-8000-000000000001';
const laser = 'aaaaaaaa-0000-4000-8000-000000000002';

function summary(id: string, kind: FormSummary['kind'], es: string, en: string, serviceIds: string[]): FormSummary {
  return { id, kind, title: { es, en }, status: 'Active', currentVersionId: id, latestVersionNumber: 1, hasUnpublishedChanges: false, serviceIds, updatedAt: '2026-12-01T09:00:00Z' } as FormSummary;
}

const health = summary('f0000000-0000-4000-8000-000000000001', 'Questionnaire', 'Cuestionario de salud', 'Health questionnaire', [peel, laser]);
const peelConsent = summary('f0000000-0000-4000-8000-000000000002', 'Consent', 'Consentimiento peeling', 'Peel consent', [peel]);
const laserPrep = summary('f0000000-0000-4000-8000-000000000003', 'PreTreatmentInstructions', 'Antes del láser', 'Before laser', []);

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(schedulingClient.getCatalog).mockResolvedValue({
    locations: [],
    providers: [],
    categories: [],
    services: [
      { id: peel, name: 'Peeling químico', isActive: true },
      { id: laser, name: 'Depilación láser', isActive: true },
    ],
  } as never);
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(formsClient.listForms).mockResolvedValue([health, peelConsent, laserPrep]);
  vi.mocked(formsClient.setServiceForms).mockResolvedValue([]);
  await changeLanguage('es');
});

describe('/admin/forms', () => {
  it('assigns forms from the service side: a service shows the forms it has, and saving sends the ticked ones', async () => {
    renderApp('/admin/forms');
    const section = (await screen.findByRole('heading', { name: 'Formularios por servicio' })).closest('section')!;
    fireEvent.change(await within(section).findByLabelText('Servicio'), { target: { value: laser } });

    const box = (name: RegExp) => within(section).getByRole('checkbox', { name }) as HTMLInputElement;
    await waitFor(() => expect(box(/Cuestionario de salud/).checked).toBe(true));
    expect(box(/Consentimiento peeling/).checked).toBe(false);
    expect(box(/Antes del láser/).checked).toBe(false);

    fireEvent.click(box(/Antes del láser/));
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar formularios del servicio' }));

    await waitFor(() => expect(formsClient.setServiceForms).toHaveBeenCalledWith(laser, { formIds: [health.id, laserPrep.id] }));
    expect(await within(section).findByText('Formularios del servicio guardados.')).toBeTruthy();
  });

  it('reads in English for English-speaking staff', async () => {
    await changeLanguage('en');
    renderApp('/admin/forms');
    expect(await screen.findByRole('heading', { level: 1, name: 'Forms' })).toBeTruthy();
    expect(await screen.findByText('Health questionnaire')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Forms by service' })).toBeTruthy();
  });
});
