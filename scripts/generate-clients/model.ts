/**
 * What the client generators share besides the schema model (../schema-model.ts): names in each
 * language's spelling, and the constants and placeholders of the client templates.
 */
/** `snake_case` → `camelCase` / `PascalCase`, for languages whose names differ from the wire. */
export function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

export function pascal(name: string): string {
  const value = camel(name);
  return value.charAt(0).toUpperCase() + value.slice(1);
}

/** Constants the clients share with the TypeScript client and the AsyncAPI document. */
export interface ClientConstants {
  EVENTS_PATH: string;
  SNAPSHOT_EVENT: string;
  LAST_EVENT_ID_HEADER: string;
  EVENT_STREAM_CONTENT_TYPE: string;
}

/** Fills `{{NAME}}` placeholders of a template; every placeholder must have a value. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
    if (!(key in values)) throw new Error(`template placeholder {{${key}}} has no value`);
    return String(values[key]);
  });
}
