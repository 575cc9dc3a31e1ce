/**
 * Size budgets of the production build (dist/, built by globalSetup). The figures and why they are
 * what they are: README.md, "Budgets". Raise a budget only with a reason written there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

/** All production JavaScript, gzip-compressed, summed over dist/assets/*.js. */
const JS_GZIP_BUDGET_KB = 475;
/** The model file as shipped (already meshopt-compressed; servers may gzip it further). */
const GLB_BUDGET_KB = 725;

const KB = 1024;
const assets = () => join(inject('distDir'), 'assets');

describe('size budgets', () => {
  it(`production JavaScript stays under ${JS_GZIP_BUDGET_KB} KB gzip`, () => {
    const files = readdirSync(assets()).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((f) => ({ f, gzip: gzipSync(readFileSync(join(assets(), f))).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / KB;
    console.log(`JS gzip total ${total.toFixed(1)} KB: ${sizes.map((s) => `${s.f} ${(s.gzip / KB).toFixed(1)} KB`).join(', ')}`);
    expect(total).toBeLessThan(JS_GZIP_BUDGET_KB);
  });

  it(`the .glb model stays under ${GLB_BUDGET_KB} KB`, () => {
    const models = readdirSync(assets()).filter((f) => f.endsWith('.glb'));
    expect(models, 'exactly one model file in dist/assets').toHaveLength(1);
    const size = statSync(join(assets(), models[0])).size / KB;
    console.log(`${models[0]}: ${size.toFixed(1)} KB`);
    expect(size).toBeLessThan(GLB_BUDGET_KB);
  });

  it('nothing in dist/ points at another origin (offline-first)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|css)$/.test(name)) {
          const text = readFileSync(path, 'utf8');
          for (const m of text.matchAll(/(?:src|href)\s*=\s*["']?(https?:)?\/\/[^"' >]+|url\(\s*["']?(?:https?:)?\/\/[^)]+\)/gi)) {
            offenders.push(`${name}: ${m[0]}`);
          }
        }
      }
    };
    walk(inject('distDir'));
    expect(offenders).toEqual([]);
  });
});
