/**
 * Writes the generated parts of the guides, the first step of `npm run docs`: the pictures
 * (docs-pictures.ts), the exchange example (render-exchange-example.ts) and the directory
 * example (render-directory-example.ts), one after the other in one process, which starts the
 * TypeScript loader once instead of three times. Each script still runs alone as its header says.
 *
 *   npx tsx scripts/docs-generated.ts [--force]
 */
await import('./docs-pictures.js');
await import('./render-exchange-example.js');
await import('./render-directory-example.js');

export {};
