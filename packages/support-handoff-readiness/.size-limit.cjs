// Size budgets (minified + gzipped, dependencies included). Raise a budget only on purpose,
// in the same change that makes the package bigger, and say why in its changeset.
const { contractSizeBudget } = require('../../tooling/release/src/size-budget.cjs');

module.exports = contractSizeBudget({
  vocabulary: 'SUPPORT_HANDOFF_READINESS_CHECKS',
  api: [
    'buildSupportHandoffReadinessRequest',
    'buildSupportHandoffReadinessResponse',
    'parseSupportHandoffReadinessRequest',
    'parseSupportHandoffReadinessResponse',
    'safeParseSupportHandoffReadinessRequest',
    'safeParseSupportHandoffReadinessResponse',
  ],
  limits: { vocabulary: '300 B', api: '18.5 kB' },
});
