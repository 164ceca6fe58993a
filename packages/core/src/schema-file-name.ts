/**
 * The file name under which a contract package ships the JSON Schema of a schema version,
 * in its `schema/` folder: `request.v1.json` for `cavra.saas_control_plane.request.v1`.
 *
 * @param schemaVersion A request or response schema version.
 * @returns The file name: the version's last two parts and `.json`.
 */
export function schemaFileName(schemaVersion: string): string {
  return `${schemaVersion.split('.').slice(-2).join('.')}.json`;
}
