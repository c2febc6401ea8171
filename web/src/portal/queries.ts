import { useQuery } from '@tanstack/react-query';
import { schedulingClient } from '../api';

export const portalKeys = {
  appointments: ['portal', 'appointments'] as const,
};

export function useMyAppointments() {
  return useQuery({
    queryKey: portalKeys.appointments,
    queryFn: ({ signal }) => schedulingClient.listMyAppointments(signal),
  });
}
