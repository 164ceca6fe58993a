import type { JsonSchema } from '../operation-registry.js';

/**
 * Reads the `properties` of an object schema.
 *
 * @param schema An object schema.
 * @param where Which schema, for the error message.
 * @returns The property schemas by name.
 * @throws {Error} when the schema has no `properties` object: a shipped schema changed shape.
 */
export function propertiesOf(schema: JsonSchema, where: string): Record<string, JsonSchema> {
  const properties = schema['properties'];
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    throw new Error(`${where} has no properties: the shipped JSON Schema changed shape`);
  }
  return properties as Record<string, JsonSchema>;
}

/**
 * Reads one property schema of an object schema.
 *
 * @param schema An object schema.
 * @param name The property.
 * @param where Which schema, for the error message.
 * @returns The property's schema.
 * @throws {Error} when the property is missing: a shipped schema changed shape.
 */
export function propertyOf(schema: JsonSchema, name: string, where: string): JsonSchema {
  const property = propertiesOf(schema, where)[name];
  if (property === undefined) {
    throw new Error(`${where} has no ${name} property: the shipped JSON Schema changed shape`);
  }
  return property;
}

/**
 * Reads the `required` list of an object schema.
 *
 * @param schema An object schema.
 * @returns The required property names; empty when there are none.
 */
export function requiredOf(schema: JsonSchema): string[] {
  const required = schema['required'];
  return Array.isArray(required) ? required.filter((name) => typeof name === 'string') : [];
}

/**
 * Builds a closed object schema (`additionalProperties: false`).
 *
 * @param properties The property schemas.
 * @param required The required names.
 * @param description What the object is.
 * @returns The schema.
 */
export function closedObject(
  properties: Readonly<Record<string, JsonSchema>>,
  required: readonly string[],
  description?: string,
): JsonSchema {
  return {
    type: 'object',
    ...(description === undefined ? {} : { description }),
    properties,
    required: [...required],
    additionalProperties: false,
  };
}

/**
 * Builds a local `$ref` to a component schema.
 *
 * @param name The component name.
 * @returns The reference.
 */
export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/**
 * Copies a shipped JSON Schema document for embedding in the OpenAPI document: the
 * document-level `$schema` and `$id` are dropped (the OpenAPI document's own dialect and
 * location apply); every other keyword is kept as shipped.
 *
 * @param schema A shipped schema document.
 * @returns The embeddable schema.
 */
export function embeddable(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}
