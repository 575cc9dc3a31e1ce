/**
 * Keeps the app clean under a strict Content-Security-Policy (no 'unsafe-eval'), as hosts that embed
 * it may require. Import it first in main.tsx, before anything parses data with zod: zod probes
 * `new Function` for its JIT, and browsers report that probe as a CSP violation even though zod
 * catches it. Parsing without the JIT is plenty fast for our one data file.
 */
import { z } from 'zod';

z.config({ jitless: true });
