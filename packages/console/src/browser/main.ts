import { startConsole } from './console-app.js';

// The console page's script: it loads with `defer`, after the page is parsed.
startConsole();
