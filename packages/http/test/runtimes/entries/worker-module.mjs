// The module a user deploys (see the README): the worker entry as the default export.
// Deno serves it as is, Bun through bun-serve.mjs, workerd as an esbuild bundle of it.
export { default } from '@cavra/contracts-http/worker';
