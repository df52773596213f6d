// The peer's generated types and client come from its build plugin (openapi.json, written by `make bench`).
