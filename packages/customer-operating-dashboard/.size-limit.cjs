// Size budgets (minified + gzipped, dependencies included). Raise a budget only on purpose,
// in the same change that makes the package bigger, and say why in its changeset.
const { contractSizeBudget } = require('../../tooling/release/src/size-budget.cjs');

module.exports = contractSizeBudget({
  vocabulary: 'CUSTOMER_OPERATING_DASHBOARD_CHECKS',
  api: [
    'buildCustomerOperatingDashboardRequest',
    'buildCustomerOperatingDashboardResponse',
    'parseCustomerOperatingDashboardRequest',
    'parseCustomerOperatingDashboardResponse',
    'safeParseCustomerOperatingDashboardRequest',
    'safeParseCustomerOperatingDashboardResponse',
  ],
  limits: { vocabulary: '300 B', api: '13 kB' },
});
