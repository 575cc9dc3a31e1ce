/**
 * Offline-first and safe to host: the built app runs under a strict Content-Security-Policy (no
 * inline scripts, no eval, nothing off-origin) without a single violation.
 */
import { describe, expect, it } from 'vitest';
import { getState, useApp } from './browser';
import { CONTENT_SECURITY_POLICY } from '../../src/embed/contentSecurityPolicy';

const app = useApp();

// The policy the build ships: 'self' only, no inline script, no eval ('wasm-unsafe-eval' lets the
// meshopt decoder compile WebAssembly, nothing else).
const STRICT_CSP = CONTENT_SECURITY_POLICY;

type Violations = { __cspViolations: string[] };

describe('Content-Security-Policy', () => {
  it('the app becomes ready under a strict CSP with no violation', async () => {
    const documentsWithPolicy: string[] = [];
    const session = await app.open('/', {
      enforceCsp: true,
      before: async (page) => {
        await page.addInitScript(() => {
          (window as unknown as Violations).__cspViolations = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            (window as unknown as Violations).__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
          });
        });
        // Add the header to every document the preview server sends (the page and any frame).
        await page.route('**/*', async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback();
          const response = await route.fetch();
          await route.fulfill({
            response,
            headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
          });
          documentsWithPolicy.push(route.request().url());
        });
      },
    });
    const { page } = session;
    // The built page also carries the policy itself, for hosts that send no header.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(documentsWithPolicy).toEqual([`${session.origin}/`]);
    expect((await getState(page)).error).toBeNull();
    expect(await page.evaluate(() => (window as unknown as Violations).__cspViolations)).toEqual([]);

    // Control: the policy really is enforced — an inline script is blocked and reported.
    session.allowErrors(/Content Security Policy/i);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as Violations).__cspViolations.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
  });
});
