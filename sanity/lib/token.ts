import 'server-only';

/** The read token, if any: it reaches the server's requests to Sanity and nothing else. */
export const readToken = process.env.SANITY_API_READ_TOKEN?.trim() || undefined;
