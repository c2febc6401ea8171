import { useQuery } from '@tanstack/react-query';
import { schedulingClient } from '../../api';

// Free dates and times, asked the same way by the booking flow and the portal's "move my appointment". Both
// live under the 'booking' key, so invalidating it after a hold or a move refreshes every open calendar.
export const availabilityKeys = {
  all: ['booking'] as const,
  allDates: ['booking', 'dates'] as const,
  allTimes: ['booking', 'availability'] as const,
  dates: (locationId: string, serviceIds: string[], month: string, providerId: string | null) =>
    ['booking', 'dates', locationId, serviceIds.join(','), month, providerId ?? 'any'] as const,
  times: (locationId: string, serviceIds: string[], date: string, providerId: string | null) =>
    ['booking', 'availability', locationId, serviceIds.join(','), date, providerId ?? 'any'] as const,
};

export function useAvailableDates(locationId: string, serviceIds: string[], month: string, providerId: string | null) {
  return useQuery({
    queryKey: availabilityKeys.dates(locationId, serviceIds, month, providerId),
    queryFn: ({ signal }) => schedulingClient.listAvailableDates(locationId, serviceIds, month, providerId ?? undefined, signal),
    retry: false,
  });
}

export function useAvailability(locationId: string, serviceIds: string[], date: string | null, providerId: string | null) {
  return useQuery({
    queryKey: availabilityKeys.times(locationId, serviceIds, date ?? '', providerId),
    queryFn: ({ signal }) => schedulingClient.searchAvailability(locationId, serviceIds, date!, date!, providerId ?? undefined, signal),
    enabled: date !== null,
    retry: false,
  });
}
