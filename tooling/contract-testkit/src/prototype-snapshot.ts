/** The built-in prototypes a careless merge of untrusted keys can write to. */
const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** The own properties of the built-in prototypes at one moment. */
export type PrototypeSnapshot = ReadonlyMap<
  object,
  ReadonlyMap<string | symbol, PropertyDescriptor>
>;

const descriptorsOf = (prototype: object) =>
  new Map(
    Reflect.ownKeys(prototype).map((key) => [
      key,
      Object.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor,
    ]),
  );

/**
 * Records every own property (with its descriptor) of `Object.prototype`,
 * `Array.prototype`, `Function.prototype` and `String.prototype`.
 *
 * @returns The snapshot.
 */
export function snapshotPrototypes(): PrototypeSnapshot {
  return new Map(PROTOTYPES.map(([, prototype]) => [prototype, descriptorsOf(prototype)]));
}

const sameDescriptor = (left: PropertyDescriptor, right: PropertyDescriptor) =>
  left.value === right.value &&
  left.get === right.get &&
  left.set === right.set &&
  left.writable === right.writable &&
  left.enumerable === right.enumerable &&
  left.configurable === right.configurable;

/**
 * Puts the built-in prototypes back as a snapshot recorded them, and says what had
 * changed: properties added, removed or redefined since. Restoring first keeps one
 * polluting input from failing every later check.
 *
 * @param snapshot The snapshot from {@link snapshotPrototypes}.
 * @returns One line per change, e.g. `Object.prototype.polluted added`; empty when none.
 */
export function restorePrototypes(snapshot: PrototypeSnapshot): string[] {
  const changes: string[] = [];
  for (const [name, prototype] of PROTOTYPES) {
    const before = snapshot.get(prototype);
    if (before === undefined) continue;
    const after = descriptorsOf(prototype);
    for (const [key, descriptor] of after) {
      const original = before.get(key);
      if (original === undefined) {
        changes.push(`${name}.${String(key)} added`);
        Reflect.deleteProperty(prototype, key);
      } else if (!sameDescriptor(original, descriptor)) {
        changes.push(`${name}.${String(key)} redefined`);
        Object.defineProperty(prototype, key, original);
      }
    }
    for (const [key, original] of before) {
      if (!after.has(key)) {
        changes.push(`${name}.${String(key)} removed`);
        Object.defineProperty(prototype, key, original);
      }
    }
  }
  return changes;
}
