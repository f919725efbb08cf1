export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { keepSingletonFieldsSingle } = await import('./cache/singleHeaders');
    keepSingletonFieldsSingle();
    const { refuseOtherContentSource } = await import('./sanity/lib/builtSource');
    refuseOtherContentSource(process.env.BUILT_CONTENT_SOURCE, process.env);
    const { cacheHandlerModule } = await import('./cache/runtime');
    await (await cacheHandlerModule()).registerSharedInitialCache(process.env.BUILT_DIST_DIR ?? '.next');
  }
}
