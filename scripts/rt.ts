// Request Tracker 5, the real helpdesk from Debian, for the tests, the fixtures and the demo.
//   npx tsx scripts/rt.ts install     install it from Debian's packages (root, non-interactive)
//   npx tsx scripts/rt.ts fixtures    start it, seed it, save its pages to tests/fixtures/request-tracker/
import { installRt } from './rt/install';
import { saveFixtures } from './rt/fixtures';

async function main() {
  const [command] = process.argv.slice(2);
  if (command === 'install') installRt();
  else if (command === 'fixtures') console.log(`Saved: ${(await saveFixtures()).join(', ')}`);
  else throw new Error('Usage: npx tsx scripts/rt.ts install|fixtures');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
