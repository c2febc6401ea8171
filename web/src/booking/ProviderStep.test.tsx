import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulingClient, type ClinicProfile } from '../api';
import { changeLanguage } from '../i18n';
import { clinicProfile } from '../test/catalogFixtures';
import { initialFlow, type FlowState } from './flowState';
import { ProviderStep } from './ProviderStep';

vi.mock('../api', () => ({ schedulingClient: { listProvidersForService: vi.fn() } }));

const madrid = { id: 'mad', name: 'Lumina Madrid', address: 'Serrano 45', phone: '', timeZone: 'Europe/Madrid' };
const canarias = { id: 'lpa', name: 'Lumina Las Palmas', address: 'Triana 1', phone: '', timeZone: 'Atlantic/Canary' };
const clinic: ClinicProfile = { ...clinicProfile, locations: [madrid, canarias] };
const marta = { id: 'marta', displayName: 'Marta Sánchez', title: 'Dermatóloga', bio: null, photoUrl: null, locationIds: ['mad', 'lpa'] };

function Harness({ onFlow }: { onFlow: (flow: FlowState) => void }) {
  const [flow, setFlow] = useState<FlowState>({ ...initialFlow, step: 'provider', groups: [{ serviceIds: ['s1'], providerId: null, hold: null }] });
  const update = (change: Partial<FlowState>) =>
    setFlow((current) => {
      const next = { ...current, ...change };
      onFlow(next);
      return next;
    });
  return <ProviderStep clinic={clinic} flow={flow} update={update} onBack={vi.fn()} />;
}

beforeEach(async () => {
  vi.mocked(schedulingClient.listProvidersForService).mockResolvedValue([marta]);
  await changeLanguage('es');
});

describe('ProviderStep', () => {
  it('keeps each choice in the flow as it is made and goes on to the time with the chosen location', async () => {
    const user = userEvent.setup();
    const onFlow = vi.fn();
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Harness onFlow={onFlow} />
      </QueryClientProvider>,
    );
    const continueButton = screen.getByRole('button', { name: 'Continuar' });
    expect(continueButton).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('radio', { name: /Lumina Las Palmas/ }));
    expect(onFlow).toHaveBeenLastCalledWith(expect.objectContaining({ locationId: 'lpa', month: null, date: null }));
    expect(await screen.findByRole('radio', { name: /Marta Sánchez/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('radio', { name: /Primer profesional disponible/ })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('radio', { name: /Marta Sánchez/ }));
    expect(onFlow).toHaveBeenLastCalledWith(expect.objectContaining({ groups: [{ serviceIds: ['s1'], providerId: 'marta', hold: null }] }));
    expect(screen.getByRole('radio', { name: /Marta Sánchez/ })).toHaveProperty('checked', true);

    await user.click(screen.getByRole('button', { name: 'Continuar' }));
    expect(onFlow).toHaveBeenLastCalledWith(expect.objectContaining({ locationId: 'lpa', step: 'time' }));
    expect(schedulingClient.listProvidersForService).toHaveBeenCalledWith('s1', 'lpa', expect.anything());
  });
});
