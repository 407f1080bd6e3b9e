import { z } from 'zod';

/**
 * The page runs no generated code (its Content-Security-Policy allows no 'unsafe-eval'),
 * so zod validates without compiling its parsers rather than trying `new Function` first,
 * which the policy would report. Imported first by `main.ts`, before any module that parses.
 */
z.config({ jitless: true });
