import { render } from '@testing-library/react';
import { UNSAFE_createMemoryHistory } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { guardHistory, useNavigationGuard } from './navigationGuard';

function Guard({ active, confirmLeave }: { active: boolean; confirmLeave: () => boolean }) {
  useNavigationGuard(active, confirmLeave);
  return null;
}

function setUp(confirmLeave: () => boolean) {
  const history = guardHistory(UNSAFE_createMemoryHistory({ initialEntries: ['/admin', '/admin/settings'], v5Compat: true }));
  const seen: string[] = [];
  history.listen(({ location }) => seen.push(location.pathname + location.search));
  const view = render(<Guard active confirmLeave={confirmLeave} />);
  return { history, seen, view };
}

describe('the navigation guard', () => {
  it('keeps the page when the user declines to leave, by link or by Back', () => {
    const confirmLeave = vi.fn(() => false);
    const { history, seen } = setUp(confirmLeave);

    history.push('/admin/team');
    history.go(-1);

    expect(confirmLeave).toHaveBeenCalledTimes(2);
    expect(history.location.pathname).toBe('/admin/settings');
    expect(seen).toEqual([]);
  });

  it('moves on when the user agrees, and never asks about a change of query on the same page', () => {
    const confirmLeave = vi.fn(() => true);
    const { history, seen } = setUp(confirmLeave);

    history.replace('/admin/settings?tab=policy');
    expect(confirmLeave).not.toHaveBeenCalled();
    history.push('/admin/team');

    expect(confirmLeave).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['/admin/settings?tab=policy', '/admin/team']);
  });

  it('stops asking once the page no longer guards (saved, or left)', () => {
    const confirmLeave = vi.fn(() => false);
    const { history, seen, view } = setUp(confirmLeave);

    view.rerender(<Guard active={false} confirmLeave={confirmLeave} />);
    history.push('/admin/team');

    expect(confirmLeave).not.toHaveBeenCalled();
    expect(seen).toEqual(['/admin/team']);
  });
});
