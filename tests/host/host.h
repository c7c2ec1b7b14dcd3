#ifndef UNIJS_HOST_H
#define UNIJS_HOST_H

#define HOST_MAX_FILES 4096

/* Appends a file to bundle_app (the first one added is the main module). */
int host_bundle_add(const char *name, const char *data, unsigned long len);
/* Gives the file bundle_app holds as name its precompiled form
 * (bundle_app_code, js/binding_native.c runtime_load_module); -1 if no
 * file has that name. */
int host_bundle_code(const char *name, const char *data, unsigned long len);

/* Appends a file to bundle_fs (the packed files of js/binding_fs.c);
 * data NULL: a directory. */
#define HOST_MAX_FS_FILES 8192
int host_bundle_fs_add(const char *name, const char *data, unsigned long len);

/* platform_linux.c: --boot-time */
extern int host_trace;
void host_trace_start(void);

/* host_profile.c: UNIJS_HOST_PROFILE=FILE samples the JavaScript's
 * call stack and writes the samples to FILE at exit */
void host_profile_start(void);

#endif
