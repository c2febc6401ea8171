import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Reads the emails the host's development mail adapter writes as .eml files under <data>/mail.

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeBody(headers: string, content: string): string {
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) return decodeQuotedPrintable(content);
  return content;
}

/** The readable text of a MIME message: headers (who it is to) and every part, transfer-decoded. */
export function readableText(eml: string): string {
  return eml
    .split(/\r?\n--[^\r\n]+\r?\n/)
    .map((part) => {
      const [headers, ...body] = part.split(/\r?\n\r?\n/);
      return `${headers}\n${decodeBody(headers, body.join('\n\n'))}`;
    })
    .join('\n');
}

/** Waits for an email to `to` whose text contains a link to `path`, and returns that link. */
export async function waitForLink(to: string, path: string, timeoutMs = 20_000): Promise<string> {
  const dataDir = process.env.CLINIC_DATA_DIR;
  if (!dataDir) throw new Error('CLINIC_DATA_DIR is not set: run the browser tests through `node web/scripts/e2e.mjs`.');
  const folder = join(dataDir, 'mail');
  const deadline = Date.now() + timeoutMs;
  const linkPattern = new RegExp(`https?://[^\\s"'<>]+${path.replace(/[/-]/g, '\\$&')}\\?token=[A-Za-z0-9_\\-%]+`);
  while (Date.now() < deadline) {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((name) => name.endsWith('.eml'));
    } catch {
      // The adapter creates the folder with the first email.
    }
    const newestFirst = files.map((name) => join(folder, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    for (const file of newestFirst) {
      const text = readableText(readFileSync(file, 'utf8'));
      const link = text.includes(to) ? linkPattern.exec(text)?.[0] : undefined;
      if (link) return link.replace(/&amp;/g, '&');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No email to ${to} with a ${path} link arrived in ${folder} within ${timeoutMs / 1000} s.`);
}
