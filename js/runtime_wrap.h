/*
 * runtime_wrap.h: how a module's source is wrapped to compile it, shared
 * by the runtime (js/binding_native.c runtime_compile) and the build's
 * compiler of modules (scripts/jsbc.c): both must make the same bytes, or
 * a precompiled module's lines and functions would not be the source's.
 */
#ifndef UNIJS_RUNTIME_WRAP_H
#define UNIJS_RUNTIME_WRAP_H

/* File name prefix of core modules in stack traces. */
#define RUNTIME_LIB_PREFIX "unijs:"

/* Module wrappers: one line, so that line numbers are the file's. Core
 * modules get the natives object as a sixth argument. */
#define RUNTIME_MODULE_HEAD "(function (exports, require, module, __filename, __dirname) {"
#define RUNTIME_LIB_HEAD "(function (exports, require, module, __filename, __dirname, native) {"
/* after the source: a newline, so that a last-line comment ends */
#define RUNTIME_WRAP_TAIL "\n})"

#endif
