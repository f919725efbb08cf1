/**
 * Unknown addresses under /api/: a plain 404 for any method. Without this route they would reach
 * the pages' routes with "api" taken for a language.
 */
function unknownRoute() {
  return new Response('No such API route.\nNo existe esa ruta de la API.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

export { unknownRoute as GET, unknownRoute as HEAD, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
