/**
 * `npm run guide`: writes CONTENT.md, the content guide generated from the schemas.
 */
import { writeFileSync } from 'node:fs';
import { generateContentGuide } from './lib/content-guide';

writeFileSync('CONTENT.md', generateContentGuide());
console.log('Wrote CONTENT.md');
