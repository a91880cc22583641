/** `npm run bench`: every benchmark, printed as figures. Speed is measured here, never asserted in tests. */
import { benchCrisisDetector } from './crisisDetector.bench';
import { benchIntakeTurn } from './intakeTurn.bench';

async function main() {
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  for (const bench of [benchCrisisDetector, benchIntakeTurn]) {
    const { name, figures } = await bench();
    console.log(`\n${name}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(56)} ${v}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
