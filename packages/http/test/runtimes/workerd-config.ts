/**
 * The Workers compatibility date the tests run under; the README's Wrangler example uses the
 * same one.
 */
export const COMPATIBILITY_DATE = '2025-11-01';

/** Where {@link workerdConfig} serves the bundle. */
export interface WorkerdConfigOptions {
  /** `host:port` to listen on. */
  readonly address: string;
  /** The bundled ES module, relative to the config file. */
  readonly bundle: string;
}

/**
 * A workerd config (Cap'n Proto text) serving one ES module worker over HTTP, with no
 * compatibility flags: `nodejs_compat` stays off.
 *
 * @param options The address and the bundle's file name.
 * @returns The config text for `workerd serve`.
 */
export function workerdConfig(options: WorkerdConfigOptions): string {
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [(name = "api", worker = .api)],
  sockets = [(name = "http", address = ${JSON.stringify(options.address)}, http = (), service = "api")],
);

const api :Workerd.Worker = (
  modules = [(name = ${JSON.stringify(options.bundle)}, esModule = embed ${JSON.stringify(options.bundle)})],
  compatibilityDate = ${JSON.stringify(COMPATIBILITY_DATE)},
);
`;
}
