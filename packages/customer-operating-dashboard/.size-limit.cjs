// Size budgets (minified + gzipped, dependencies included); see
// tooling/release/src/size-budget.cjs for what is measured and when to change a budget.
// API: 20.18 kB measured, budget + 0.1 kB. About 11.7 kB of it is the guard
// (findSensitiveMaterial bundled alone: its 232-rule table, the single combined scan that keeps
// it linear and under half secretlint's time, reading through invisible characters), 1.6 kB
// valibot and 0.8 kB the compiled fast path (issue 12's speed).
// The target stays 13 kB (issue 10), 10 kB (issue 12).
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
  limits: { vocabulary: '300 B', api: '20.28 kB' },
});
