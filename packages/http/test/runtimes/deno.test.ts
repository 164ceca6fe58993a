import { describeRuntime } from './describe-runtime.js';
import { RUNTIMES } from './runtimes.js';

describeRuntime(RUNTIMES.deno);
