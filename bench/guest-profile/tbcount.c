/*
 * bench/guest-profile/tbcount.c: a QEMU TCG plugin (plugin API version 1,
 * QEMU 7.2) that counts the guest instructions executed per translation
 * block, keyed by the block's first address. bench/guest-profile.sh adds
 * them up per function of the image's symbol table.
 *
 * Arguments: out=PREFIX and, optionally, fifo=PATH (a named pipe). Each
 * line written to the pipe writes the counts so far to PREFIX.LINE
 * ("address count" per line, hexadecimal then decimal), so a script can
 * take a snapshot before and after the work it measures and subtract.
 * When QEMU exits, the counts of the whole run go to PREFIX.exit (what a
 * boot costs, for a guest that exits when it is up).
 *
 * The few declarations of QEMU's <qemu-plugin.h> this uses are written out
 * below (Debian ships no plugin header); their layout is the API's, version
 * 1. A block translated twice (after a flush) gets a second entry; the dump
 * adds entries with the same address.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXPORT __attribute__((visibility("default")))

typedef uint64_t qemu_plugin_id_t;
typedef struct {
	const char *target_name;
	struct {
		int min, cur;
	} version;
	bool system_emulation;
	union {
		struct {
			int smp_vcpus, max_vcpus;
		} system;
	};
} qemu_info_t;
struct qemu_plugin_tb;
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *userdata);
enum qemu_plugin_op { QEMU_PLUGIN_INLINE_ADD_U64 };
void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
					   void (*cb)(qemu_plugin_id_t, struct qemu_plugin_tb *));
void qemu_plugin_register_vcpu_tb_exec_inline(struct qemu_plugin_tb *tb, enum qemu_plugin_op op,
					      void *ptr, uint64_t imm);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
uint64_t qemu_plugin_tb_vaddr(const struct qemu_plugin_tb *tb);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, qemu_plugin_udata_cb_t cb, void *userdata);

EXPORT int qemu_plugin_version = 1;

/* One translated block: its address, its length in instructions, and how
 * often it ran (bumped by QEMU's inline add, without a callback). The
 * entries are never freed: a profiling run is short. */
struct block {
	uint64_t addr, insns;
	uint64_t runs;
};

static struct block **blocks;
static size_t nblocks, capblocks;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static const char *fifo, *prefix;

static void translated(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
	struct block *b = calloc(1, sizeof *b);
	(void)id;
	if (!b)
		abort();
	b->addr = qemu_plugin_tb_vaddr(tb);
	b->insns = qemu_plugin_tb_n_insns(tb);
	pthread_mutex_lock(&lock);
	if (nblocks == capblocks) {
		capblocks = capblocks ? 2 * capblocks : 1 << 16;
		blocks = realloc(blocks, capblocks * sizeof *blocks);
		if (!blocks)
			abort();
	}
	blocks[nblocks++] = b;
	pthread_mutex_unlock(&lock);
	qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &b->runs, 1);
}

static void dump(const char *label)
{
	char path[4096];
	FILE *f;
	size_t i, n;

	snprintf(path, sizeof path, "%s.%s", prefix, label);
	f = fopen(path, "w");
	if (!f)
		return;
	pthread_mutex_lock(&lock);
	n = nblocks;
	pthread_mutex_unlock(&lock);
	/* (entries below n are complete: they were stored before nblocks grew) */
	for (i = 0; i < n; i++)
		if (blocks[i]->runs)
			fprintf(f, "%llx %llu\n", (unsigned long long)blocks[i]->addr,
				(unsigned long long)(blocks[i]->runs * blocks[i]->insns));
	fclose(f);
}

static void *listen_fifo(void *arg)
{
	char line[128];
	(void)arg;
	for (;;) {
		FILE *f = fopen(fifo, "r");
		if (!f)
			return NULL;
		while (fgets(line, sizeof line, f)) {
			line[strcspn(line, "\n/ ")] = 0;
			dump(line[0] ? line : "snapshot");
		}
		fclose(f);
	}
}

static void at_exit(qemu_plugin_id_t id, void *userdata)
{
	(void)id;
	(void)userdata;
	dump("exit");
}

EXPORT int qemu_plugin_install(qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv)
{
	pthread_t t;
	(void)info;
	for (int i = 0; i < argc; i++) {
		if (!strncmp(argv[i], "fifo=", 5))
			fifo = argv[i] + 5;
		else if (!strncmp(argv[i], "out=", 4))
			prefix = argv[i] + 4;
	}
	if (!prefix) {
		fprintf(stderr, "tbcount: out=PREFIX is needed\n");
		return 1;
	}
	qemu_plugin_register_vcpu_tb_trans_cb(id, translated);
	qemu_plugin_register_atexit_cb(id, at_exit, NULL);
	if (!fifo)
		return 0;
	if (pthread_create(&t, NULL, listen_fifo, NULL))
		return 1;
	pthread_detach(t);
	return 0;
}
