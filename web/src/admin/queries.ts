import { useQuery } from '@tanstack/react-query';
import { schedulingClient } from '../api';

/** The clinic's locations, providers and services as staff see them (inactive ones too): the calendar and the schedules both need them. */
export function useStaffCatalog() {
  return useQuery({
    queryKey: ['admin', 'catalog'] as const,
    queryFn: ({ signal }) => schedulingClient.getCatalog(signal),
    staleTime: 5 * 60_000,
  });
}
