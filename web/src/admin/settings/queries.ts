import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityClient, schedulingClient, type UpdateBookingSettings, type UpdateCancellationPolicy, type UpdatePortalAccessSettings } from '../../api';
import { catalogKeys } from '../../api/queries';
import { accountKeys } from '../../account/session';
import { bookingKeys } from '../../booking/queries';

export const settingsKeys = {
  booking: ['admin', 'settings', 'booking'] as const,
  portalAccess: ['admin', 'settings', 'portal-access'] as const,
};

/** Admin only (the API answers 403 to other staff, who read the same values from the public clinic profile). */
export function useBookingSettings(enabled: boolean) {
  return useQuery({
    queryKey: settingsKeys.booking,
    queryFn: ({ signal }) => schedulingClient.getBookingSettings(signal),
    enabled,
  });
}

export function useUpdateBookingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateBookingSettings) => schedulingClient.updateBookingSettings(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.booking, saved);
      // The booking flow reads these from the clinic profile.
      void queryClient.invalidateQueries({ queryKey: catalogKeys.clinic });
    },
  });
}

/** The policy in force, the same public read the booking flow shows patients. */
export function usePolicyInForce() {
  return useQuery({
    queryKey: bookingKeys.policy,
    queryFn: ({ signal }) => schedulingClient.getCancellationPolicy(signal),
  });
}

export function usePublishCancellationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCancellationPolicy) => schedulingClient.updateCancellationPolicy(body),
    onSuccess: (published) => queryClient.setQueryData(bookingKeys.policy, published),
  });
}

export function usePortalAccessSettings() {
  return useQuery({
    queryKey: settingsKeys.portalAccess,
    queryFn: ({ signal }) => identityClient.getPortalAccessSettings(signal),
  });
}

export function useUpdatePortalAccessSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePortalAccessSettings) => identityClient.updatePortalAccessSettings(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.portalAccess, saved);
      // The booking flow asks for the SMS code according to the public account settings.
      void queryClient.invalidateQueries({ queryKey: accountKeys.settings });
    },
  });
}
