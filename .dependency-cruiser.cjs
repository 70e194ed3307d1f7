/** Architecture rules: core never imports an adapter; no import cycles. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'core-not-to-adapters', severity: 'error', from: { path: '^core/' }, to: { path: '^adapters/' } },
    { name: 'adapters-independent', severity: 'error', from: { path: '^adapters/([^/]+)/' }, to: { path: '^adapters/(?!$1/)[^/]+/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
