import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityClient, type CreateApiKey, type CreateStaffMember, type StaffMember } from '../../api';

export const teamKeys = {
  staff: ['admin', 'team', 'staff'] as const,
  apiKeys: ['admin', 'team', 'api-keys'] as const,
};

/** Staff roles as the API names them (StaffRules.StaffRoles), in the order the screen offers them. */
export const staffRoles = ['Admin', 'FrontDesk', 'Provider'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** What an API key may be allowed to do (ApiScopes.All). */
export const apiScopes = ['catalog:read', 'patients:read', 'patients:write', 'forms:status', 'forms:clinical'] as const;
export type ApiScope = (typeof apiScopes)[number];

/** i18n keys cannot hold ':' (i18next reads it as a namespace separator). */
export const scopeKeys = {
  'catalog:read': 'catalogRead',
  'patients:read': 'patientsRead',
  'patients:write': 'patientsWrite',
  'forms:status': 'formsStatus',
  'forms:clinical': 'formsClinical',
} as const satisfies Record<ApiScope, string>;

/** Admin only (ManageClinic): `enabled` stays false for other staff so no request is made that would answer 403. */
export function useStaff(enabled: boolean) {
  return useQuery({ queryKey: teamKeys.staff, queryFn: ({ signal }) => identityClient.listStaff(signal), enabled });
}

function useStaffReplace() {
  const queryClient = useQueryClient();
  return (member: StaffMember) =>
    queryClient.setQueryData<StaffMember[]>(teamKeys.staff, (list) => list?.map((current) => (current.id === member.id ? member : current)));
}

export function useCreateStaffMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateStaffMember) => identityClient.createStaffMember(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.staff }),
  });
}

export function useUpdateStaffRoles() {
  const replace = useStaffReplace();
  return useMutation({
    mutationFn: ({ id, roles }: { id: string; roles: string[] }) => identityClient.updateStaffRoles(id, { roles }),
    onSuccess: replace,
  });
}

export function useDeactivateStaffMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => identityClient.deactivateStaffMember(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.staff }),
  });
}

export function useApiKeys(enabled: boolean) {
  return useQuery({ queryKey: teamKeys.apiKeys, queryFn: ({ signal }) => identityClient.listApiKeys(signal), enabled });
}

/** The created key itself only lives in the caller's state: it is never put in the query cache. */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKey) => identityClient.createApiKey(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => identityClient.revokeApiKey(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.apiKeys }),
  });
}
