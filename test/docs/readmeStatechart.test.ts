import { readFileSync } from 'node:fs';
import { readmeWithDiagram } from '../../scripts/writeStatechartDiagram';

it('the README shows the statechart as the machine is now (run `npm run diagram` after changing it)', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readmeWithDiagram(readme)).toBe(readme);
});
