// malloc_trim(0) for Node: glibc's free() gives back to the system only the top of its heap, and
// malloc_trim is the one call that releases free pages anywhere in it (freedMemory.mjs says when
// the server calls it). Node-API, so one build serves every Node version from 18 on.
#include <malloc.h>
#include <node_api.h>

static napi_value MallocTrim(napi_env env, napi_callback_info info) {
  napi_value released;
  napi_get_boolean(env, malloc_trim(0) == 1, &released);
  return released;
}

NAPI_MODULE_INIT() {
  napi_value mallocTrim;
  napi_create_function(env, "mallocTrim", NAPI_AUTO_LENGTH, MallocTrim, NULL, &mallocTrim);
  napi_set_named_property(env, exports, "mallocTrim", mallocTrim);
  return exports;
}
