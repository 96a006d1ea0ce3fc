// `npm run bench`: the performance figures, printed (targets are read by people, not asserted in
// unit tests, where timings on a shared 2-core machine would be flaky).
import { runClassifierBench } from './bench/classifier';
import { runSlaBench } from './bench/sla';
import { runSidebarBench } from './bench/sidebar';
import { runHardeningBench } from './bench/hardening';
import { runLoadBench } from './bench/load';
import { machineLoad } from './bench/classifier';

console.log(`npm run bench, ${new Date().toISOString()}: ${machineLoad()}`);

await runClassifierBench();
await runSlaBench();
await runSidebarBench();
await runHardeningBench();
await runLoadBench();
