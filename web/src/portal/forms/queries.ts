import { useQuery } from '@tanstack/react-query';
import { formsClient } from '../../api';

export const myFormsKeys = {
  all: ['portal', 'forms'] as const,
  request: (id: string) => ['portal', 'forms', 'request', id] as const,
  history: ['portal', 'medical-history'] as const,
};

export function useMyForms() {
  return useQuery({ queryKey: myFormsKeys.all, queryFn: ({ signal }) => formsClient.getMyForms(signal) });
}

export function useMyFormRequest(requestId: string) {
  return useQuery({ queryKey: myFormsKeys.request(requestId), queryFn: ({ signal }) => formsClient.getMyFormRequest(requestId, signal), retry: false });
}

export function useMyMedicalHistory() {
  return useQuery({ queryKey: myFormsKeys.history, queryFn: ({ signal }) => formsClient.getMyMedicalHistory(signal) });
}
