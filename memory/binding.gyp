{
  "targets": [
    {
      "target_name": "malloc_trim",
      "sources": ["mallocTrim.c"],
      "defines": ["NAPI_VERSION=8"]
    }
  ]
}
