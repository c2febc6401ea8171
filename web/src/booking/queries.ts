import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { schedulingClient, type PublicProvider } from '../api';

export const bookingKeys = {
  providers: (serviceId: string, locationId: string) => ['booking', 'providers', serviceId, locationId] as const,
  policy: ['booking', 'cancellation-policy'] as const,
};

/** Providers at the location who perform every one of the services (one appointment needs one provider). */
export function useProvidersForAll(serviceIds: string[], locationId: string | null) {
  const results = useQueries({
    queries: serviceIds.map((serviceId) => ({
      queryKey: bookingKeys.providers(serviceId, locationId ?? ''),
      queryFn: ({ signal }: { signal: AbortSignal }) => schedulingClient.listProvidersForService(serviceId, locationId ?? undefined, signal),
      enabled: locationId !== null,
      staleTime: 5 * 60_000,
    })),
  });
  const loading = results.some((result) => result.isPending);
  const isError = results.some((result) => result.isError);
  const lists = results.map((result) => result.data ?? []);
  const providers: PublicProvider[] =
    loading || isError || lists.length === 0 ? [] : lists[0].filter((provider) => lists.every((list) => list.some((other) => other.id === provider.id)));
  return { providers, loading, isError };
}

export const cancellationPolicyQuery = queryOptions({
  queryKey: bookingKeys.policy,
  queryFn: ({ signal }) => schedulingClient.getCancellationPolicy(signal),
  staleTime: 5 * 60_000,
});

export function useCancellationPolicy() {
  return useQuery(cancellationPolicyQuery);
}
