import { expect, type Browser } from '@playwright/test';

// Reads one-time codes from the delivery log, as staff would: the development SMS adapter only writes
// there. Signs in as the throwaway clinic's first Admin through the real login page.

export async function waitForSmsCode(browser: Browser, phoneE164: string, timeoutMs = 20_000): Promise<string> {
  const password = process.env.CLINIC_ADMIN_PASSWORD;
  if (!password) throw new Error('CLINIC_ADMIN_PASSWORD is not set: run the browser tests through `node web/scripts/e2e.mjs`.');
  const context = await browser.newContext({ locale: 'es-ES' });
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill(process.env.CLINIC_ADMIN_EMAIL ?? 'admin@clinica-lumina.test');
    await page.getByLabel('Contraseña').fill(password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page).toHaveURL(/\/admin$/);

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const response = await context.request.get('/api/admin/notifications/messages', {
        params: { channel: 'Sms', type: 'PhoneVerificationCode', recipient: phoneE164, take: 1 },
      });
      expect(response.status()).toBe(200);
      const page = (await response.json()) as { items: { smsText: string | null }[] };
      const code = page.items[0]?.smsText?.match(/\b(\d{4,10})\b/)?.[1];
      if (code) return code;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`No verification SMS to ${phoneE164} reached the delivery log within ${timeoutMs / 1000} s.`);
  } finally {
    await context.close();
  }
}
