import { useQuery } from '@tanstack/react-query';
import { formsClient, type FormKind, type FormStatus } from '../../api';

export const formsKeys = {
  list: (kind?: FormKind, status?: FormStatus) => ['admin', 'forms', 'list', kind ?? 'all', status ?? 'all'] as const,
  form: (id: string) => ['admin', 'forms', 'form', id] as const,
  documents: (patientId: string) => ['admin', 'forms', 'documents', patientId] as const,
  submission: (patientId: string, id: string) => ['admin', 'forms', 'submission', patientId, id] as const,
  history: (patientId: string) => ['admin', 'forms', 'history', patientId] as const,
  appointment: (id: string) => ['admin', 'forms', 'appointment', id] as const,
  assisted: (id: string) => ['admin', 'forms', 'assisted', id] as const,
};

export function useForms(kind?: FormKind, status?: FormStatus) {
  return useQuery({ queryKey: formsKeys.list(kind, status), queryFn: ({ signal }) => formsClient.listForms(kind, status, signal) });
}

export function useFormDetails(formId: string) {
  return useQuery({ queryKey: formsKeys.form(formId), queryFn: ({ signal }) => formsClient.getForm(formId, signal), retry: false });
}

export function useAppointmentForms(appointmentId: string) {
  return useQuery({
    queryKey: formsKeys.appointment(appointmentId),
    queryFn: async ({ signal }) => (await formsClient.listAppointmentForms([appointmentId], signal))[0] ?? null,
  });
}

export function usePatientDocuments(patientId: string) {
  return useQuery({ queryKey: formsKeys.documents(patientId), queryFn: ({ signal }) => formsClient.getPatientDocuments(patientId, signal) });
}
