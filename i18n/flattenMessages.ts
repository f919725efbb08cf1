/** Interface strings as written: nested by namespace, for people to read and translate. */
export type Messages = { [key: string]: string | Messages };

/** The same strings by dotted key ("SiteHeader.menu"), as tests and Sanity's resource bundles take them. */
export function flattenMessages(messages: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flattenMessages(value, `${prefix}${key}.`)),
    ),
  );
}
