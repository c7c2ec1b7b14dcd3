/*
 * binding_module.c: CommonJS modules, in C so that booting parses no
 * loader code.
 *
 * A module is a plain object { id, filename, loaded, exports, parent,
 * children, paths }, cached by id in the registry's RUNTIME_CACHE object
 * (require.cache). Ids are bundle_app names ("/app/lib/x.js") or core ids
 * (bundle_lib names, "util"). Each module gets its own require function,
 * whose C data is the registry reference of its module object.
 *
 * Resolution:
 *   "./x", "../x", "/app/x"  X, X.js, X.json, X/index.js, X/index.json
 *                            relative to the requiring module's directory
 *   "util", "node:util"      bundle_lib; ids starting "internal" only
 *                            from core modules (their shared helpers)
 *   "process", "console"     the globals
 *   anything else            the map mkimage.sh resolved with Node's own
 *                            algorithm (node_modules, package.json "main"),
 *                            bundle entry ":resolve": JSON
 *                            { requiring file: { request: id } }, parsed on
 *                            first use; its "*" entry holds the packages
 *                            named with mkimage.sh --require (required by
 *                            a computed name), found from any file
 * Anything else: Error "Cannot find module 'x'\nRequire stack:\n- ..."
 * with code MODULE_NOT_FOUND and requireStack, as Node.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime_internal.h"

#define MODULE_PATH_MAX 1024

/* Collapses "." and ".." and repeated slashes of an absolute path. */
static void module_normalize(char *path)
{
	char *src = path, *dst = path;

	while (*src) {
		while (*src == '/')
			src++;
		if (!*src)
			break;
		if (src[0] == '.' && (src[1] == '/' || !src[1])) {
			src += 1;
		} else if (src[0] == '.' && src[1] == '.' && (src[2] == '/' || !src[2])) {
			src += 2;
			while (dst > path && *--dst != '/')
				;
		} else {
			*dst++ = '/';
			while (*src && *src != '/')
				*dst++ = *src++;
		}
	}
	if (dst == path)
		*dst++ = '/';
	*dst = 0;
}

/* The modules whose natives sit on lwIP, which runs on core 0 with the
 * main isolate: a worker cannot have them (docs/workers.md). */
static int module_network_only(const char *id)
{
	static const char *const net[] = { "net", "http", "https", "dns", "dns/promises", "_http_agent", 0 };
	for (int i = 0; net[i]; i++)
		if (!strcmp(id, net[i]))
			return 1;
	return 0;
}

/* from_core: the requiring module is itself a core module (its file name
 * is a core id, not an "/app/..." path) */
static int module_is_core(const char *id, int from_core)
{
	if (!strcmp(id, "process") || !strcmp(id, "console"))
		return 1;
	return (from_core || strncmp(id, "internal", 8)) && runtime_find(bundle_lib, id);
}

/* Writes the resolved id of request (required from parent_file, NULL for
 * none) into out; returns 0, or -1 when there is no such module. */
static int module_resolve(const char *request, const char *parent_file, char *out, size_t size)
{
	static const char *const suffix[] = { "", ".js", ".json", "/index.js", "/index.json" };
	char base[MODULE_PATH_MAX];
	size_t n, i;

	if (request[0] == '.' || request[0] == '/') {
		if (request[0] == '/') {
			n = 0;
		} else {
			const char *slash = parent_file ? strrchr(parent_file, '/') : NULL;
			n = slash ? (size_t)(slash - parent_file) : 4;
			if (n + 1 >= sizeof base)
				return -1;
			memcpy(base, slash ? parent_file : "/app", n);
			base[n++] = '/';
		}
		if (n + strlen(request) + 1 > sizeof base)
			return -1;
		strcpy(base + n, request);
		module_normalize(base);
		for (i = 0; i < sizeof suffix / sizeof suffix[0]; i++) {
			if (strlen(base) + strlen(suffix[i]) + 1 > size)
				return -1;
			strcpy(out, base);
			strcat(out, suffix[i]);
			if (runtime_find(bundle_app, out))
				return 0;
		}
		return -1;
	}
	if (!strncmp(request, "node:", 5))
		request += 5;
	if (!module_is_core(request, parent_file && parent_file[0] != '/') || strlen(request) + 1 > size)
		return -1;
	strcpy(out, request);
	return 0;
}

/* Throws Node's MODULE_NOT_FOUND error; the requiring module object is at
 * index pidx (0: none). */
static void module_not_found(js_State *J, const char *request, int pidx)
{
	int n = 0, i, arr;

	js_newarray(J); /* requireStack: the chain of parents' file names */
	arr = js_gettop(J) - 1;
	if (pidx) {
		js_copy(J, pidx);
		while (js_isobject(J, -1)) {
			js_getproperty(J, -1, "filename");
			js_setindex(J, arr, n++);
			js_getproperty(J, -1, "parent");
			js_rot2pop1(J);
		}
		js_pop(J, 1);
	}
	js_pushliteral(J, "Cannot find module '");
	js_pushstring(J, request);
	js_concat(J);
	js_pushliteral(J, "'");
	js_concat(J);
	if (n > 0) {
		js_pushliteral(J, "\nRequire stack:");
		js_concat(J);
	}
	for (i = 0; i < n; i++) {
		js_pushliteral(J, "\n- ");
		js_concat(J);
		js_getindex(J, arr, i);
		js_concat(J);
	}
	js_newerror(J, js_tostring(J, -1));
	js_copy(J, arr);
	js_setproperty(J, -2, "requireStack");
	js_pushliteral(J, "MODULE_NOT_FOUND");
	js_setproperty(J, -2, "code");
	js_throw(J);
}

static void module_require(js_State *J);
static void module_require_resolve(js_State *J);

/* Pushes a require function for the module object at idx. */
static void module_make_require(js_State *J, int idx)
{
	const char *ref;

	js_copy(J, idx);
	ref = js_ref(J);
	js_newcfunctionx(J, module_require, "require", 1, (void *)ref, NULL);
	js_newcfunctionx(J, module_require_resolve, "resolve", 1, (void *)ref, NULL);
	js_setproperty(J, -2, "resolve");
	js_getregistry(J, RUNTIME_CACHE);
	js_setproperty(J, -2, "cache");
	js_getregistry(J, RUNTIME_CACHE);
	js_getproperty(J, -1, runtime_main_name ? runtime_main_name : "");
	js_rot2pop1(J);
	js_setproperty(J, -2, "main");
}

/* Loads (or finds in the cache) module id, required by the module object at
 * pidx (0: none); pushes its exports. */
void runtime_module_load(js_State *J, const char *id, int pidx)
{
	int midx;
	const struct bundle_file *f;
	size_t n = strlen(id);

	if (!strcmp(id, "process") || !strcmp(id, "console")) {
		js_getglobal(J, id);
		return;
	}
	js_getregistry(J, RUNTIME_CACHE);
	if (js_hasproperty(J, -1, id)) {
		js_getproperty(J, -1, "exports");
		js_rot3pop2(J);
		return;
	}

	/* A new module object, cached before it runs (cycles see it). */
	js_newobject(J);
	midx = js_gettop(J) - 1;
	js_pushstring(J, pidx || strcmp(id, runtime_main_name) ? id : ".");
	js_setproperty(J, midx, "id");
	js_pushstring(J, id);
	js_setproperty(J, midx, "filename");
	js_pushboolean(J, 0);
	js_setproperty(J, midx, "loaded");
	js_newobject(J);
	js_setproperty(J, midx, "exports");
	if (pidx) {
		js_copy(J, pidx);
		js_setproperty(J, midx, "parent");
		js_getproperty(J, pidx, "children");
		js_copy(J, midx);
		js_setindex(J, -2, js_getlength(J, -2));
		js_pop(J, 1);
	} else {
		js_pushnull(J);
		js_setproperty(J, midx, "parent");
	}
	js_newarray(J);
	js_setproperty(J, midx, "children");
	js_newarray(J);
	js_setproperty(J, midx, "paths");
	js_copy(J, midx);
	js_setproperty(J, midx - 1, id);

	if (js_try(J)) {
		/* Node drops a module that threw from the cache. */
		js_getregistry(J, RUNTIME_CACHE);
		js_delproperty(J, -1, id);
		js_pop(J, 1);
		js_throw(J);
	}
	if (id[0] != '/') {
		f = runtime_find(bundle_lib, id);
		if (!f)
			js_error(J, "no core module '%s'", id);
		if (runtime_in_worker() && module_network_only(id) && !(runtime_worker_cluster && runtime_worker_cluster()))
			js_error(J, "Cannot load '%s' in a worker: networking (lwIP, net, http, https, dns) runs on the "
				    "main thread only in unijs; post the work to the main thread (docs/workers.md)", id);
		{
			/* "unijs:util.js": recognisable as core in a trace */
			char name[96];
			snprintf(name, sizeof name, RUNTIME_LIB_PREFIX "%s.js", f->name);
			runtime_load_module(J, bundle_lib, f, name, RUNTIME_LIB_HEAD);
		}
	} else if (n > 5 && !strcmp(id + n - 5, ".json")) {
		f = runtime_find(bundle_app, id);
		js_getglobal(J, "JSON");
		js_getproperty(J, -1, "parse");
		js_rot2(J);
		js_pushlstring(J, f->data, (int)f->len);
		if (js_try(J)) {
			/* "file: message", as Node words it */
			js_getproperty(J, -1, "message");
			js_pushstring(J, id);
			js_pushliteral(J, ": ");
			js_concat(J);
			js_rot2(J);
			js_concat(J);
			js_setproperty(J, -2, "message");
			js_throw(J);
		}
		js_call(J, 1);
		js_endtry(J);
		js_setproperty(J, midx, "exports");
		goto loaded;
	} else {
		f = runtime_find(bundle_app, id);
		runtime_load_module(J, bundle_app, f, f->name, RUNTIME_MODULE_HEAD);
	}
	/* fn.call(exports, exports, require, module, __filename, __dirname
	 * [, native for core modules]) */
	js_getproperty(J, midx, "exports");
	js_getproperty(J, midx, "exports");
	module_make_require(J, midx);
	js_copy(J, midx);
	js_pushstring(J, id);
	if (id[0] == '/') {
		const char *slash = strrchr(id, '/');
		js_pushlstring(J, id, slash == id ? 1 : (int)(slash - id));
	} else {
		js_pushliteral(J, "");
	}
	if (id[0] != '/')
		js_getregistry(J, RUNTIME_NATIVE);
	if (runtime_main_name && !strcmp(id, runtime_main_name))
		runtime_mark_boot();
	js_call(J, id[0] != '/' ? 6 : 5);
	js_pop(J, 1);
loaded:
	js_endtry(J);
	js_pushboolean(J, 1);
	js_setproperty(J, midx, "loaded");
	js_getproperty(J, midx, "exports");
	js_rot3pop2(J); /* cache, module, exports -> exports */
}

/* Pushes the module object of the running require function. */
static int module_self(js_State *J)
{
	js_getregistry(J, (const char *)js_currentfunctiondata(J));
	return js_gettop(J) - 1;
}

/*
 * The build-time resolution of request from parent_file into out; 0, or
 * -1 when the map has none. The map is parsed once, on the first request
 * that needs it, and kept in the registry.
 */
/* request's id in the map object on top of the stack, or -1 */
static int module_map_entry(js_State *J, const char *request, char *out, size_t size)
{
	int found = -1;

	if (js_hasproperty(J, -1, request)) {
		const char *id = js_isstring(J, -1) ? js_tostring(J, -1) : "";
		if (strlen(id) + 1 <= size && runtime_find(bundle_app, id)) {
			strcpy(out, id);
			found = 0;
		}
		js_pop(J, 1);
	}
	return found;
}

static int module_map_lookup(js_State *J, const char *request, const char *parent_file, char *out,
			     size_t size)
{
	const struct bundle_file *f;
	int found = -1;

	js_getregistry(J, "unijs.resolve");
	if (js_isundefined(J, -1)) {
		js_pop(J, 1);
		f = runtime_find(bundle_app, ":resolve");
		if (!f)
			return -1;
		js_getglobal(J, "JSON");
		js_getproperty(J, -1, "parse");
		js_rot2(J);
		js_pushstring(J, f->data);
		js_call(J, 1);
		js_copy(J, -1);
		js_setregistry(J, "unijs.resolve");
	}
	/* the requiring file's own entry, then "*": packages named with
	 * mkimage.sh --require, for requires by a computed name */
	if (parent_file && js_hasproperty(J, -1, parent_file)) {
		found = module_map_entry(J, request, out, size);
		js_pop(J, 1);
	}
	if (found < 0 && js_hasproperty(J, -1, "*")) {
		found = module_map_entry(J, request, out, size);
		js_pop(J, 1);
	}
	js_pop(J, 1);
	return found;
}

static const char *module_request(js_State *J, int pidx, char *out, size_t size)
{
	const char *request;
	const char *parent_file;

	if (!js_isstring(J, 1) || !js_tostring(J, 1)[0]) {
		js_pushliteral(J, "The argument 'id' must be a non-empty string. Received ");
		js_copy(J, 1);
		js_concat(J);
		js_newtypeerror(J, js_tostring(J, -1));
		js_pushliteral(J, "ERR_INVALID_ARG_VALUE");
		js_setproperty(J, -2, "code");
		js_throw(J);
	}
	request = js_tostring(J, 1);
	js_getproperty(J, pidx, "filename");
	parent_file = js_tostring(J, -1);
	if (module_resolve(request, parent_file, out, size) < 0 &&
	    module_map_lookup(J, request, parent_file, out, size) < 0)
		module_not_found(J, request, pidx);
	js_pop(J, 1);
	return out;
}

static void module_require(js_State *J)
{
	char id[MODULE_PATH_MAX];
	int pidx = module_self(J);

	module_request(J, pidx, id, sizeof id);
	runtime_module_load(J, id, pidx);
}

static void module_require_resolve(js_State *J)
{
	char id[MODULE_PATH_MAX];
	int pidx = module_self(J);

	js_pushstring(J, module_request(J, pidx, id, sizeof id));
}

/*
 * Globals that Node has from the start and unijs loads on first use: the
 * getter loads the core module, then replaces itself with a plain value
 * (as the Buffer global does, binding_buffer.c). mkimage.sh packs the
 * module when the app's code names the global; where it did not, the
 * global does not exist, as a ReferenceError says.
 */
struct lazy_global {
	const char *global, *module, *prop;
};
static const struct lazy_global lazy_globals[] = {
	{ "URL", "url", "URL" },
	{ "URLSearchParams", "url", "URLSearchParams" },
};

static void lazy_global_get(js_State *J)
{
	const struct lazy_global *g = js_currentfunctiondata(J);

	if (!runtime_find(bundle_lib, g->module))
		js_referenceerror(J, "%s is not defined (the image has no '%s' module: "
				  "mkimage.sh --core %s packs it)", g->global, g->module, g->module);
	runtime_module_load(J, g->module, 0);
	js_getproperty(J, -1, g->prop);
	js_copy(J, -1);
	js_delglobal(J, g->global);
	js_defglobal(J, g->global, JS_DONTENUM);
}

static void lazy_global_set(js_State *J)
{
	const struct lazy_global *g = js_currentfunctiondata(J);

	js_copy(J, 1);
	js_delglobal(J, g->global);
	js_defglobal(J, g->global, JS_DONTENUM);
	js_pushundefined(J);
}

/* native.moduleRequire(module): a require function for a module object
 * made in JS (module.createRequire: { filename, ... }), resolving as from
 * its filename. */
static void module_native_require(js_State *J)
{
	if (!js_isobject(J, 1))
		js_typeerror(J, "moduleRequire: not a module object");
	module_make_require(J, 1);
}

void runtime_module_init(js_State *J)
{
	size_t i;

	js_newobject(J);
	js_setregistry(J, RUNTIME_CACHE);

	js_pushglobal(J);
	for (i = 0; i < sizeof lazy_globals / sizeof lazy_globals[0]; i++) {
		const struct lazy_global *g = &lazy_globals[i];
		js_newcfunctionx(J, lazy_global_get, g->global, 0, (void *)g, 0);
		js_newcfunctionx(J, lazy_global_set, g->global, 1, (void *)g, 0);
		js_defaccessor(J, -3, g->global, JS_DONTENUM);
	}
	js_pop(J, 1);

	js_getregistry(J, RUNTIME_NATIVE);
	js_newcfunction(J, module_native_require, "moduleRequire", 1);
	js_setproperty(J, -2, "moduleRequire");
	js_pop(J, 1);
}
