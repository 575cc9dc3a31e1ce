/**
 * The embedding API: window.anatomyViewer exists from startup, and the same calls work through
 * postMessage from a page that embeds the viewer in an iframe.
 */
import { describe, expect, it } from 'vitest';
import { useApp, waitForReady } from './browser';

const app = useApp();

const HOST_PAGE = '/__embed-host.html';

describe('embedding API', () => {
  it('window.anatomyViewer answers getState before the model is ready', async () => {
    const { page } = await app.open('/', {
      waitReady: false,
      // Hold the model back so "before ready" is a state, not a race.
      before: (p) => p.route('**/*.glb', () => undefined),
    });
    await page.waitForFunction(() => window.anatomyViewer !== undefined);
    const state = await page.evaluate(() => window.anatomyViewer!.getState());
    expect(state.ready).toBe(false);
    expect(state.error).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.viewerReady)).not.toBe('true');
  });

  it('select/getState/play/setView round-trip through postMessage from a parent page', async () => {
    const { page, origin } = await app.open(HOST_PAGE, {
      waitReady: false,
      before: (p) =>
        p.route(`**${HOST_PAGE}`, (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: `<!doctype html><html lang="en"><title>host</title><body style="margin:0">
              <iframe id="viewer" title="Anatomy viewer" src="/?view=posterior" style="width:900px;height:640px;border:0"></iframe>
              </body></html>`,
          }),
        ),
    });
    const frame = page.frameLocator('#viewer');
    await frame.locator('html[data-viewer-ready="true"]').waitFor({ timeout: 90_000 });

    const request = (method: string, args: unknown[] = []) =>
      page.evaluate(
        ({ method, args, origin }) =>
          new Promise<{ result?: unknown; error?: unknown }>((resolve, reject) => {
            const iframe = document.getElementById('viewer') as HTMLIFrameElement;
            const id = Math.random().toString(36).slice(2);
            const timer = setTimeout(() => reject(new Error(`no reply to ${method}`)), 10_000);
            window.addEventListener('message', function onReply(event: MessageEvent) {
              const data = event.data as { type?: string; id?: string; result?: unknown; error?: unknown };
              if (data?.type !== 'anatomy-viewer:result' || data.id !== id) return;
              if (event.source !== iframe.contentWindow) return;
              window.removeEventListener('message', onReply);
              clearTimeout(timer);
              resolve({ result: data.result, error: data.error });
            });
            iframe.contentWindow!.postMessage({ type: 'anatomy-viewer', id, method, args }, origin);
          }),
        { method, args, origin },
      );
    const call = async (method: string, args: unknown[] = []) => (await request(method, args)).result;

    expect(await call('select', ['gastrocnemius_medial_head'])).toBe(true);
    const state = (await call('getState')) as { selected: string; ready: boolean };
    expect(state.ready).toBe(true);
    expect(state.selected).toBe('gastrocnemius_medial_head');
    expect(await call('select', ['nonsense']), 'unknown id is refused').toBe(false);
    expect(((await call('getState')) as { selected: string }).selected).toBe('gastrocnemius_medial_head');
    expect(await call('play', ['plantarflexion'])).toBe(true);
    expect(await call('play', ['moonwalk'])).toBe(false);
    expect(await call('setView', ['anterior'])).toBe(true);
    expect(await call('setView', ['sideways'])).toBe(false);
    const after = (await call('getState')) as { action: string; view: string | null };
    expect(after.action).toBe('plantarflexion');
    expect(after.view).toBe('anterior');
    const bad = await request('deleteEverything', []);
    expect(bad.result, 'an unknown method does nothing').toBeUndefined();
    expect(String(bad.error), 'an unknown method is answered with an error').toMatch(/deleteEverything|unknown|method/i);
    const position = (await call('screenPosition', ['gastrocnemius_medial_head'])) as unknown;
    expect(position === null || (typeof position === 'object' && position !== null && 'x' in position)).toBe(true);
  });

  it('the anatomy-viewer:ready event fires once the model is drawn', async () => {
    const { page } = await app.open('/', {
      waitReady: false,
      before: (p) =>
        p.addInitScript(() => {
          window.addEventListener('anatomy-viewer:ready', () => {
            (window as unknown as { __readyEvent: boolean }).__readyEvent = true;
          });
        }),
    });
    await waitForReady(page);
    await page.waitForFunction(() => (window as unknown as { __readyEvent?: boolean }).__readyEvent === true);
  });
});
