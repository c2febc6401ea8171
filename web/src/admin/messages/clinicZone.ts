import { useClinicProfile } from '../../api/queries';

/** Messages belong to the clinic, not to one location: times are shown in the clinic's own zone, named on screen. */
export function useClinicZone(): string | undefined {
  return useClinicProfile().data?.timeZone;
}
