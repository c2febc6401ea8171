import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityClient, type CreatePatient, type MergePatients } from '../../api';
import { isStaff, useCurrentUser } from '../../account/session';

export const patientKeys = {
  all: ['admin', 'patients'] as const,
  search: (search: string) => ['admin', 'patients', 'search', search] as const,
  record: (id: string) => ['admin', 'patients', 'record', id] as const,
  duplicates: ['admin', 'patients', 'duplicates'] as const,
  activation: ['admin', 'patients', 'activation'] as const,
};

/** What the signed-in staff member may do here; mirrors the API's policies so nobody meets a 403 form. */
export function usePatientPermissions() {
  const me = useCurrentUser().data;
  const roles = me?.roles ?? [];
  return {
    // ReadPatients and Staff: any staff role.
    canRead: isStaff(me),
    // ManagePatients: Admin or FrontDesk.
    canManage: roles.includes('Admin') || roles.includes('FrontDesk'),
    // SendWelcomeEmails is ManageClinic: Admin only.
    canInvite: roles.includes('Admin'),
  };
}

/** Without a search the API answers the newest patients, which is a useful first screen. */
export function usePatientList(search: string) {
  const term = search.trim();
  return useQuery({
    queryKey: patientKeys.search(term),
    queryFn: ({ signal }) => identityClient.searchPatients(term || undefined, 50, signal),
    placeholderData: (previous) => previous,
  });
}

export function usePatientRecord(id: string) {
  return useQuery({
    queryKey: patientKeys.record(id),
    queryFn: ({ signal }) => identityClient.getPatient(id, signal),
  });
}

export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePatient) => identityClient.createPatient(body),
    onSuccess: (record) => {
      queryClient.setQueryData(patientKeys.record(record.profile.id), record);
      // A new profile changes the lists, may raise a duplicate and counts as never logged in.
      void queryClient.invalidateQueries({ queryKey: patientKeys.all });
    },
  });
}

export function usePossibleDuplicates() {
  return useQuery({
    queryKey: patientKeys.duplicates,
    queryFn: ({ signal }) => identityClient.listPossibleDuplicates(signal),
  });
}

export function useMergePatients() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergePatients) => identityClient.mergePatients(body),
    onSuccess: (surviving) => {
      queryClient.setQueryData(patientKeys.record(surviving.profile.id), surviving);
      void queryClient.invalidateQueries({ queryKey: patientKeys.all });
    },
  });
}

export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (duplicateId: string) => identityClient.dismissPossibleDuplicate(duplicateId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.duplicates }),
  });
}

export function useActivationSummary() {
  return useQuery({
    queryKey: patientKeys.activation,
    queryFn: ({ signal }) => identityClient.getPortalActivationSummary(signal),
  });
}

export function useSendWelcomeEmails() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => identityClient.sendWelcomeEmails(),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: patientKeys.activation }),
  });
}
