// Serves the API with Node's startServer on 127.0.0.1 at the port given as the first argument.
import { startServer } from '@cavra/contracts-http/node';

const server = await startServer({ port: Number(process.argv[2]) });
process.once('SIGTERM', () => {
  server.close(1000).then(() => process.exit(0));
});
