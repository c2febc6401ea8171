import { useQuery } from '@tanstack/react-query';
import { schedulingClient } from './index';

export const catalogKeys = {
  categories: ['catalog', 'categories'] as const,
  clinic: ['catalog', 'clinic'] as const,
};

export function useBookableCategories() {
  return useQuery({
    queryKey: catalogKeys.categories,
    queryFn: ({ signal }) => schedulingClient.listBookableCategories(signal),
    select: (categories) =>
      categories
        // The OpenAPI document types C# reference members as nullable; the API always sends a list.
        .map((category) => ({ ...category, services: category.services ?? [] }))
        .sort((a, b) => a.sortOrder - b.sortOrder),
  });
}

export function useClinicProfile() {
  return useQuery({
    queryKey: catalogKeys.clinic,
    queryFn: ({ signal }) => schedulingClient.getClinicProfile(signal),
    staleTime: 5 * 60_000,
  });
}
