import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { integrationsClient, type CreateWebhookSubscription, type WebhookDeliveryStatus, type WebhookSubscriptionResponse } from '../../api';

export const integrationKeys = {
  eventTypes: ['admin', 'integrations', 'event-types'] as const,
  subscriptions: ['admin', 'integrations', 'subscriptions'] as const,
  deliveries: (status: WebhookDeliveryStatus | undefined, skip: number) => ['admin', 'integrations', 'deliveries', status ?? 'all', skip] as const,
  allDeliveries: ['admin', 'integrations', 'deliveries'] as const,
};

export const deliveryStatuses: WebhookDeliveryStatus[] = ['Pending', 'Sending', 'Retrying', 'Delivered', 'Failed', 'Cancelled'];

export const deliveryPageSize = 25;

export function useWebhookEventTypes() {
  return useQuery({ queryKey: integrationKeys.eventTypes, queryFn: ({ signal }) => integrationsClient.listWebhookEventTypes(signal), staleTime: Infinity });
}

export function useWebhookSubscriptions() {
  return useQuery({ queryKey: integrationKeys.subscriptions, queryFn: ({ signal }) => integrationsClient.listWebhookSubscriptions(signal) });
}

export function useWebhookDeliveries(status: WebhookDeliveryStatus | undefined, skip: number) {
  return useQuery({
    queryKey: integrationKeys.deliveries(status, skip),
    queryFn: ({ signal }) => integrationsClient.listWebhookDeliveries(undefined, status, skip, deliveryPageSize, signal),
    placeholderData: keepPreviousData,
  });
}

function useReplaceSubscription() {
  const queryClient = useQueryClient();
  return (subscription: WebhookSubscriptionResponse) => {
    queryClient.setQueryData<WebhookSubscriptionResponse[]>(integrationKeys.subscriptions, (list) =>
      list?.map((current) => (current.id === subscription.id ? subscription : current)),
    );
    void queryClient.invalidateQueries({ queryKey: integrationKeys.allDeliveries });
  };
}

/** The secret only lives in the caller's state: it is never put in the query cache. */
export function useCreateWebhookSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateWebhookSubscription) => integrationsClient.createWebhookSubscription(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.subscriptions }),
  });
}

export function useRotateWebhookSecret() {
  const replace = useReplaceSubscription();
  return useMutation({
    mutationFn: ({ id, hours }: { id: string; hours: number }) => integrationsClient.rotateWebhookSecret(id, { previousSecretValidForHours: hours }),
    onSuccess: (rotated) => replace(rotated.subscription),
  });
}

export function useSetWebhookEnabled() {
  const replace = useReplaceSubscription();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      enabled ? integrationsClient.enableWebhookSubscription(id) : integrationsClient.disableWebhookSubscription(id),
    onSuccess: replace,
  });
}

export function useRedeliverWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) => integrationsClient.redeliverWebhook(deliveryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.allDeliveries }),
  });
}
