import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { identityClient, integrationsClient, schedulingClient, type WebhookDeliveryResponse, type WebhookSubscriptionResponse } from '../../api';
import { changeLanguage } from '../../i18n';
import { clinicProfile } from '../../test/catalogFixtures';
import { accountSettings, staffUser, validationProblem } from '../../test/identityFixtures';
import { renderApp } from '../../test/renderApp';

vi.mock('../../api', () => ({
  schedulingClient: { getClinicProfile: vi.fn() },
  identityClient: { getCurrentUser: vi.fn(), getPublicAccountSettings: vi.fn(), logOut: vi.fn() },
  integrationsClient: {
    listWebhookEventTypes: vi.fn(),
    listWebhookSubscriptions: vi.fn(),
    createWebhookSubscription: vi.fn(),
    rotateWebhookSecret: vi.fn(),
    disableWebhookSubscription: vi.fn(),
    enableWebhookSubscription: vi.fn(),
    listWebhookDeliveries: vi.fn(),
    redeliverWebhook: vi.fn(),
  },
}));

const adminUser = { ...staffUser, userId: 'aaaaaaaa-0000-0000-0000-000000000001', email: 'admin@clinica-lumina.test', displayName: 'Marta Admin', roles: ['Admin'] };

const crm: WebhookSubscriptionResponse = {
  id: 'dddddddd-0000-0000-0000-000000000004',
  name: 'CRM de marketing',
  url: 'https://crm.example.com/hooks/clinica',
  eventTypes: ['appointment.booked', 'appointment.cancelled'],
  isEnabled: true,
  disabledAt: null,
  disabledReason: null,
  secretHint: 'whsec_AbCd…',
  previousSecretExpiresAt: null,
  consecutiveFailures: 0,
  lastSuccessAt: '2026-11-25T16:30:00Z',
  lastError: null,
  createdAt: '2026-11-20T10:00:00Z',
  createdBy: 'Marta Admin',
};

const failed: WebhookDeliveryResponse = {
  id: 'eeeeeeee-0000-0000-0000-000000000005',
  messageId: 'msg_eeeeeeee000000000000000000000005',
  subscriptionId: crm.id,
  subscriptionName: crm.name,
  eventType: 'appointment.booked',
  eventId: 'ffffffff-0000-0000-0000-000000000006',
  status: 'Failed',
  attempts: 8,
  lastResponseStatus: 503,
  lastError: 'HTTP 503: receiver is down',
  lastAttemptAt: '2026-11-26T09:00:00Z',
  nextAttemptAt: null,
  deliveredAt: null,
  createdAt: '2026-11-26T08:00:00Z',
};

configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  vi.resetAllMocks();
  vi.mocked(identityClient.getCurrentUser).mockResolvedValue(adminUser);
  vi.mocked(identityClient.getPublicAccountSettings).mockResolvedValue(accountSettings);
  vi.mocked(schedulingClient.getClinicProfile).mockResolvedValue(clinicProfile);
  vi.mocked(integrationsClient.listWebhookEventTypes).mockResolvedValue([
    { name: 'appointment.booked', description: 'An appointment was booked.' },
    { name: 'appointment.cancelled', description: 'An appointment was cancelled.' },
    { name: 'patient.created', description: 'A patient profile was created.' },
  ]);
  vi.mocked(integrationsClient.listWebhookSubscriptions).mockResolvedValue([crm]);
  vi.mocked(integrationsClient.listWebhookDeliveries).mockResolvedValue({ items: [failed], total: 1 });
  await changeLanguage('es');
});

const subscriptionsRegion = () => screen.findByRole('region', { name: 'Suscripciones' });
const logRegion = () => screen.findByRole('region', { name: 'Registro de entregas' });

describe('webhook subscriptions', () => {
  it('creates a subscription with the events picked and shows its secret once', async () => {
    const user = userEvent.setup();
    const secret = 'whsec_c2VjcmV0LXNpZ25pbmcta2V5LWZvci10ZXN0cw==';
    const created = { ...crm, id: '12121212-0000-0000-0000-000000000007', name: 'Agenda externa', url: 'https://agenda.example.com/in', eventTypes: ['patient.created'] };
    vi.mocked(integrationsClient.createWebhookSubscription).mockResolvedValue({ subscription: created, secret });
    renderApp('/admin/integrations');
    const region = await subscriptionsRegion();
    expect(await within(region).findByRole('article', { name: 'CRM de marketing' })).toBeTruthy();

    await user.type(within(region).getByLabelText('Nombre'), 'Agenda externa');
    await user.type(within(region).getByLabelText('Dirección (URL)'), 'https://agenda.example.com/in');
    await user.click(await within(region).findByLabelText('patient.created'));
    expect(within(region).getByText('Se ha creado una ficha de paciente.')).toBeTruthy();
    vi.mocked(integrationsClient.listWebhookSubscriptions).mockResolvedValue([created, crm]);
    await user.click(within(region).getByRole('button', { name: 'Crear suscripción' }));

    const shown = await within(region).findByRole('group', { name: 'Secreto de firma de «Agenda externa»' });
    expect(integrationsClient.createWebhookSubscription).toHaveBeenCalledWith({ name: 'Agenda externa', url: 'https://agenda.example.com/in', eventTypes: ['patient.created'] });
    expect(within(shown).getByLabelText('Secreto')).toHaveProperty('value', secret);
    expect(document.activeElement).toBe(within(shown).getByRole('heading'));
    expect(await within(region).findByRole('article', { name: 'Agenda externa' })).toBeTruthy();

    await user.click(within(shown).getByRole('button', { name: 'Ya lo he guardado' }));
    expect(within(region).queryByRole('group', { name: /Secreto de firma/ })).toBeNull();
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('asks for a name, an address and at least one event before sending anything, and shows the server refusing an address', async () => {
    const user = userEvent.setup();
    renderApp('/admin/integrations');
    const region = await subscriptionsRegion();
    await user.click(await within(region).findByRole('button', { name: 'Crear suscripción' }));
    expect(await within(region).findByText('Elige al menos un evento.')).toBeTruthy();
    expect(integrationsClient.createWebhookSubscription).not.toHaveBeenCalled();

    vi.mocked(integrationsClient.createWebhookSubscription).mockRejectedValue(validationProblem({ url: ['The URL must not point at this machine.'] }));
    await user.type(within(region).getByLabelText('Nombre'), 'Local');
    await user.type(within(region).getByLabelText('Dirección (URL)'), 'https://localhost/hooks');
    await user.click(await within(region).findByLabelText('appointment.booked'));
    await user.click(within(region).getByRole('button', { name: 'Crear suscripción' }));
    expect(await within(region).findByText('The URL must not point at this machine.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(within(region).getByLabelText('Dirección (URL)')));
  });

  it('rotates the secret with the overlap chosen and disables a subscription', async () => {
    const user = userEvent.setup();
    vi.mocked(integrationsClient.rotateWebhookSecret).mockResolvedValue({
      subscription: { ...crm, secretHint: 'whsec_ZyXw…', previousSecretExpiresAt: '2026-11-29T10:00:00Z' },
      secret: 'whsec_bmV3LXNlY3JldC1mb3ItdGhlLXRlc3Q=',
    });
    vi.mocked(integrationsClient.disableWebhookSubscription).mockResolvedValue({ ...crm, isEnabled: false, disabledAt: '2026-11-26T11:00:00Z', disabledReason: 'Disabled by Marta Admin.' });
    renderApp('/admin/integrations');
    const card = await within(await subscriptionsRegion()).findByRole('article', { name: 'CRM de marketing' });

    await user.click(within(card).getByRole('button', { name: 'Cambiar el secreto' }));
    await user.selectOptions(within(card).getByLabelText('El secreto anterior sigue firmando durante'), '72');
    await user.click(within(card).getByRole('button', { name: 'Cambiar el secreto' }));
    expect(integrationsClient.rotateWebhookSecret).toHaveBeenCalledWith(crm.id, { previousSecretValidForHours: 72 });
    expect(await screen.findByRole('group', { name: 'Secreto de firma de «CRM de marketing»' })).toBeTruthy();

    await user.click(within(card).getByRole('button', { name: 'Desactivar' }));
    expect(integrationsClient.disableWebhookSubscription).toHaveBeenCalledWith(crm.id);
    expect(await screen.findByText('Se ha desactivado «CRM de marketing»: no se le enviará nada.')).toBeTruthy();
  });
});

describe('delivery log', () => {
  it('shows status, attempts and the last answer, and redelivers', async () => {
    const user = userEvent.setup();
    vi.mocked(integrationsClient.redeliverWebhook).mockResolvedValue({ ...failed, status: 'Pending', attempts: 0 });
    renderApp('/admin/integrations');
    const log = await logRegion();
    const item = (await within(log).findByText('msg_eeeeeeee000000000000000000000005')).closest('li')!;
    expect(within(item).getByText('Fallido')).toBeTruthy();
    expect(within(item).getByText('8')).toBeTruthy();
    expect(within(item).getByText('503')).toBeTruthy();
    expect(within(item).getByText('HTTP 503: receiver is down')).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Reenviar' }));
    expect(integrationsClient.redeliverWebhook).toHaveBeenCalledWith(failed.id);
    expect(await within(log).findByText('appointment.booked se reenviará a «CRM de marketing» en unos segundos.')).toBeTruthy();

    await user.selectOptions(within(log).getByLabelText('Estado'), 'Failed');
    await waitFor(() => expect(integrationsClient.listWebhookDeliveries).toHaveBeenLastCalledWith(undefined, 'Failed', 0, 25, expect.anything()));
  });
});

describe('other staff', () => {
  it('see a notice and make no integration requests', async () => {
    vi.mocked(identityClient.getCurrentUser).mockResolvedValue({ ...adminUser, roles: ['FrontDesk'] });
    renderApp('/admin/integrations');
    expect(await screen.findByText('Solo un administrador puede gestionar las integraciones.')).toBeTruthy();
    expect(integrationsClient.listWebhookSubscriptions).not.toHaveBeenCalled();
  });
});
