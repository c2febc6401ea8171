import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { schedulingClient, type AddScheduleException, type SetWeeklyHours } from '../../api';

export const scheduleKeys = {
  weeklyHours: (providerId: string, locationId: string) => ['admin', 'schedules', 'weekly', providerId, locationId] as const,
  exceptions: ['admin', 'schedules', 'exceptions'] as const,
  exceptionsAt: (locationId: string, from: string, to: string) => ['admin', 'schedules', 'exceptions', locationId, from, to] as const,
};

export function useWeeklyHours(providerId: string, locationId: string) {
  return useQuery({
    queryKey: scheduleKeys.weeklyHours(providerId, locationId),
    queryFn: ({ signal }) => schedulingClient.getWeeklyHours(providerId, locationId, signal),
  });
}

export function useSetWeeklyHours(providerId: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetWeeklyHours) => schedulingClient.setWeeklyHours(providerId, locationId, body),
    onSuccess: (saved) => queryClient.setQueryData(scheduleKeys.weeklyHours(providerId, locationId), saved),
  });
}

/** Everything at the location (its closures, extra hours there) plus time off, which applies at every location. */
export function useScheduleExceptions(locationId: string, from: string, to: string) {
  return useQuery({
    queryKey: scheduleKeys.exceptionsAt(locationId, from, to),
    queryFn: ({ signal }) => schedulingClient.listScheduleExceptions(from, to, undefined, locationId, signal),
  });
}

export function useAddScheduleException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddScheduleException) => schedulingClient.addScheduleException(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.exceptions }),
  });
}

export function useRemoveScheduleException() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => schedulingClient.removeScheduleException(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleKeys.exceptions }),
  });
}
