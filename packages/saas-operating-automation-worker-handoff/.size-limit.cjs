// Size budgets (minified + gzipped, dependencies included). Raise a budget only on purpose,
// in the same change that makes the package bigger, and say why in its changeset.
const { contractSizeBudget } = require('../../tooling/release/src/size-budget.cjs');

module.exports = contractSizeBudget({
  vocabulary: 'WORKER_HANDOFF_STATUSES',
  api: [
    'buildSaasOperatingAutomationWorkerHandoffRequest',
    'buildSaasOperatingAutomationWorkerHandoffResponse',
    'parseSaasOperatingAutomationWorkerHandoffRequest',
    'parseSaasOperatingAutomationWorkerHandoffResponse',
    'safeParseSaasOperatingAutomationWorkerHandoffRequest',
    'safeParseSaasOperatingAutomationWorkerHandoffResponse',
  ],
  limits: { vocabulary: '350 B', api: '18.5 kB' },
});
