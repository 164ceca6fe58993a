// Size budgets (minified + gzipped, dependencies included). Raise a budget only on purpose,
// in the same change that makes the package bigger, and say why in its changeset.
const { contractSizeBudget } = require('../../tooling/release/src/size-budget.cjs');

module.exports = contractSizeBudget({
  vocabulary: 'SAAS_OPERATING_AUTOMATION_CHECKS',
  api: [
    'buildSaasOperatingAutomationRequest',
    'buildSaasOperatingAutomationResponse',
    'parseSaasOperatingAutomationRequest',
    'parseSaasOperatingAutomationResponse',
    'safeParseSaasOperatingAutomationRequest',
    'safeParseSaasOperatingAutomationResponse',
  ],
  limits: { vocabulary: '300 B', api: '18.5 kB' },
});
