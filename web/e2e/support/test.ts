import { test as base } from '@playwright/test';
import { clockIsMoved, hostNowMs } from './clock';

export { expect, type Browser, type Locator, type Page } from '@playwright/test';

/**
 * Playwright's test with the browser living on the host's clock: when the suite runs on a moved "now"
 * (CLINIC_TEST_NOW), every page's Date starts at the host's instant and runs on from there, so the booking
 * calendar opens on the host's month and hold countdowns count the host's minutes.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    if (clockIsMoved) await context.clock.install({ time: hostNowMs() });
    await use(context);
  },
});
