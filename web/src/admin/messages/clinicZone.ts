import { useClinicProfile } from '../../api/queries';

/** Messages belong to the clinic, not to one location: times are shown in the first location's zone, named on screen. */
export function useClinicZone(): { location: string; zone: string } {
  const first = useClinicProfile().data?.locations[0];
  return first
    ? { location: first.name, zone: first.timeZone }
    : { location: '', zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
