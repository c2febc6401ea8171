import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { HoldCountdown } from './HoldCountdown';

beforeEach(async () => {
  await changeLanguage('es');
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-10T10:00:00Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('HoldCountdown', () => {
  it('counts down, announces the last minute once, and reports the expiry once', () => {
    const onExpire = vi.fn();
    render(<HoldCountdown expiresAt="2026-03-10T10:02:00Z" onExpire={onExpire} />);

    const timer = screen.getByRole('timer');
    expect(timer.textContent).toBe('2:00');
    const live = document.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toBe('');

    act(() => vi.advanceTimersByTime(59_000));
    expect(timer.textContent).toBe('1:01');
    expect(live.textContent).toBe('');

    act(() => vi.advanceTimersByTime(1_000));
    expect(timer.textContent).toBe('1:00');
    expect(live.textContent).toBe('Queda 1 minuto para confirmar tu reserva.');
    expect(timer.getAttribute('aria-label')).toBe('1 minutos y 00 segundos');

    act(() => vi.advanceTimersByTime(59_000));
    expect(onExpire).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(5_000));
    expect(timer.textContent).toBe('0:00');
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
