import { useQuery } from '@tanstack/react-query';
import { identityClient } from '../api';

export type AccountLinkKind = 'activation' | 'password-reset';

/**
 * What an emailed link can still do, asked when its page opens (nothing is used up): a link whose account has
 * moved on says so at once instead of showing a form that would only be refused. While it is asked, or if asking
 * fails, the page shows its form as before; sending the form checks again anyway.
 */
export function useAccountLinkStatus(kind: AccountLinkKind, token: string) {
  return useQuery({
    queryKey: ['account', 'link', kind, token],
    queryFn: ({ signal }) => identityClient.checkAccountLink({ kind, token }, signal),
    enabled: token !== '',
    retry: false,
    staleTime: Infinity,
  });
}
