import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { identityClient, type CurrentUserResponse } from '../api';
import { problemOf } from '../api/problems';

export const accountKeys = {
  me: ['account', 'me'] as const,
  settings: ['account', 'settings'] as const,
  profile: ['portal', 'profile'] as const,
};

/** The signed-in person, or null when nobody is (a 401 is an answer, not an error). */
export function useCurrentUser() {
  return useQuery({
    queryKey: accountKeys.me,
    queryFn: async ({ signal }): Promise<CurrentUserResponse | null> => {
      try {
        return await identityClient.getCurrentUser(signal);
      } catch (error) {
        if (problemOf(error).status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useAccountSettings() {
  return useQuery({
    queryKey: accountKeys.settings,
    queryFn: ({ signal }) => identityClient.getPublicAccountSettings(signal),
    staleTime: 10 * 60_000,
  });
}

/** After login or activation: the answer already names the person, so the header updates at once. */
export function useSignedIn() {
  const queryClient = useQueryClient();
  return (user: CurrentUserResponse) => {
    queryClient.setQueryData(accountKeys.me, user);
    void queryClient.invalidateQueries({ queryKey: ['portal'] });
  };
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => identityClient.logOut(),
    onSettled: () => {
      queryClient.setQueryData(accountKeys.me, null);
      queryClient.removeQueries({ queryKey: ['portal'] });
    },
  });
}

const staffRoles = ['Admin', 'Provider', 'FrontDesk'];

export function isStaff(user: CurrentUserResponse | null | undefined): boolean {
  return !!user?.roles.some((role) => staffRoles.includes(role));
}

export function isPatient(user: CurrentUserResponse | null | undefined): boolean {
  return !!user?.patientId;
}

/** Only same-site paths: a crafted ?returnTo= must not send someone to another site after login. */
export function safeReturnTo(value: string | null, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
