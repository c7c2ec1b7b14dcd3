/*
 * xmsg.h: messages between cores (DESIGN.md "Execution model": cores share
 * nothing mutable from JS and talk through queues with an IPI to wake the
 * receiver).
 *
 * Every ordered pair of cores (from, to) has its own bounded ring
 * (lib/xring.h, XRING_SLOTS messages of 32 bytes): one producer, one
 * consumer, no lock. Per sender, messages arrive in order, each once.
 * A send into a full ring fails with -EAGAIN and changes nothing: the
 * sender keeps its message and its loop runs on (back-pressure); it may
 * sleep meanwhile, since the receiver wakes it with an IPI once it has
 * made room (see xmsg_send). A send to a receiver that may be idle sends
 * it an IPI; one that is draining its rings gets none (xring.h says when).
 *
 * Receiving: xmsg_poll() on the receiving core runs each message's
 * handler, in loop context (never from an interrupt handler). The boot
 * core drains from its event loop (xmsg_attach_loop: the IPI posts a loop
 * event); an AP with nothing else to run sits in xmsg_ap_loop(), halted
 * between IPIs. A handler may send (to any core, its sender included).
 *
 * Set-up, boot core, once: xmsg_init(n) before the APs start, then
 * xmsg_handle() for each type, before any message of it is sent.
 */
#ifndef UNIJS_XMSG_H
#define UNIJS_XMSG_H

#include "xring.h"
#include "task.h"
#include "../arch/x86_64/arch.h"
#include <stdint.h>

/*
 * Addresses. A message goes to an isolate: core i's own is address i
 * (what each core ran so far, one isolate each); isolates time-shared on
 * core 0 (lib/task.h: task id k > 0 there) have XMSG_LOCAL_ADDR(k), and
 * exchange messages with core 0's own isolate (address 0) only. Between
 * those two the rings are a pair on core 0 (one each way, per local
 * isolate, made by xmsg_local_open), and no IPI is sent: a send posts the
 * receiver's poll event on its loop (the same core's). The rules below
 * (order per sender, -EAGAIN on a full ring, the receiver's wake-up of a
 * sender that waits for room) hold for them as for cores. "This core"
 * below is the running isolate's address (xmsg_self).
 */
#define XMSG_LOCAL (TASK_MAX - 1)
#define XMSG_ADDRS (SMP_MAX_CPUS + XMSG_LOCAL)
#define XMSG_LOCAL_ADDR(task) (SMP_MAX_CPUS + (task) - 1)
#define XMSG_IS_LOCAL(addr) ((addr) >= SMP_MAX_CPUS && (addr) < XMSG_ADDRS)
/* The running isolate's address. */
uint32_t xmsg_self(void);
/* Core 0, before the first local isolate: its rings (and, at -smp 1,
 * core 0's own receiving side). 0 or -ENOMEM. */
int xmsg_local_open(void);
/* Wakes the isolate at addr so that its loop polls (and runs its hook):
 * an IPI to a core, the poll event of a local isolate. */
void xmsg_kick(uint32_t addr);

enum {
	XMSG_CALL = 1,  /* a: void (*fn)(uint64_t b, uint64_t c), run on the receiver */
	XMSG_USER = 16, /* first type for xmsg_handle */
	XMSG_TYPES = 64,
};

/* Rings for n cores (n <= SMP_MAX_CPUS). 0, -EINVAL, -ENOMEM. */
int xmsg_init(uint32_t n);

/* Handler of type (XMSG_USER..XMSG_TYPES-1), on whichever core receives
 * it. 0, -EINVAL (type), -EBUSY (taken). */
int xmsg_handle(uint32_t type, void (*fn)(const struct xmsg *m));

/*
 * Sends *m (m->from is filled in) to core `to`. 0; -EAGAIN when the ring
 * to that core is full; -EINVAL for a core index out of range, this core
 * itself, or xmsg_init not done (a local address: other than the one
 * isolate it talks to); -ENODEV when that core is not up. Loop
 * context on any core that is up.
 *
 * To sleep on -EAGAIN instead of retrying at once: call with interrupts
 * off (irq_disable) and on -EAGAIN call arch_idle(), which enables them
 * and halts; the receiver's IPI (sent when it frees a slot) ends the halt
 * even if it came before the halt.
 */
int xmsg_send(uint32_t to, struct xmsg *m);

/*
 * Runs the handlers of up to max waiting messages (senders in turn, each
 * in its order); returns how many ran. Afterwards xmsg_pending() says
 * whether some are left (more than max were waiting, or more came).
 * Loop context, on the receiving core.
 */
unsigned xmsg_poll(unsigned max);
int xmsg_pending(void);

/* Boot core: an IPI posts a loop event that polls (XMSG_BATCH at a time,
 * re-posting itself while messages remain), so messages are handled from
 * this core's event loop. Does not keep the loop alive by itself. While
 * the loop runs it looks at the rings once a pass (loop_add_poll_watch),
 * so senders interrupt it only when it is about to halt or halted. */
#define XMSG_BATCH 256
/* on_wake (may be NULL) runs on the loop after each such poll: a sender
 * whose ring was full retries there (the receiver's room IPI lands here).
 * Any core that runs a loop (a worker's too); xmsg_detach_loop before the
 * loop goes away. */
void xmsg_attach_loop(void (*on_wake)(void));
void xmsg_detach_loop(void);

/* arch_idle() (interrupts off on entry, on at return) for a core whose
 * loop watches its rings (xmsg_attach_loop) and halts outside the loop
 * (a sender waiting for room): the rings are closed first, so a message
 * sent during the halt comes with an IPI; returns at once, without
 * halting, when one came before. Plain arch_idle() elsewhere. On a core
 * that time-shares isolates it lets the others run instead (task_yield):
 * the receiver may be one of them. */
void xmsg_idle(void);

/* From a handler on an AP in xmsg_ap_loop: run job(arg) once the current
 * poll is over, on the AP's stack, outside any handler (a worker's whole
 * life: js/binding_worker.c). One at a time. */
void xmsg_ap_run(void (*job)(void *arg), void *arg);

/* An AP's life once up (smp_start's ap_main): poll, halt until an IPI. */
void xmsg_ap_loop(void) __attribute__((noreturn));

/* Counters for tests and figures, this core: IPIs it sent to wake a
 * receiver, to wake a sender, and sends refused for a full ring. */
struct xmsg_stats {
	uint64_t sent, received, wake_ipis, room_ipis, full;
};
void xmsg_get_stats(struct xmsg_stats *st);

/* For a hang report: prints, for every ring into `core`, its head, tail
 * and waiting flag, and the core's awake flag (a snapshot; any core). */
void xmsg_dump(uint32_t core);

#endif
