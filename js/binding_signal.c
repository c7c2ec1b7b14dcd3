/*
 * binding_signal.c: signals as Node delivers them, for the few that exist
 * on a machine with no other processes: the ACPI power button (QEMU
 * system_powerdown, virsh shutdown) arrives as SIGTERM, and process.kill()
 * of the app's own pid raises one. A signal with 'SIGNAME' listeners on
 * process emits there, on the loop, like Node; without one the image ends
 * with 128 + the signal's number (143 for SIGTERM), as a shell reports a
 * process the signal killed, without the 'exit' listeners (Node runs none
 * either). SIGKILL ends it at once (137).
 */
#include <string.h>

#include "drivers/acpi.h"
#include "drivers/power.h"
#include "lib/loop.h"
#include "runtime_internal.h"

#pragma weak acpi_power_button_init

static const struct {
	const char *name;
	int num;
} signals[] = {
	{ "SIGHUP", 1 }, { "SIGINT", 2 }, { "SIGQUIT", 3 }, { "SIGKILL", 9 },
	{ "SIGUSR1", 10 }, { "SIGUSR2", 12 }, { "SIGTERM", 15 },
};
#define NSIG_KNOWN (int)(sizeof signals / sizeof signals[0])

static js_State *signal_J;
static struct loop_event signal_ev;
static unsigned pending; /* bit i: signals[i] raised; loop context only */

static void signal_run(struct loop_event *ev)
{
	js_State *J = signal_J;
	static int i; /* static: live across js_try's longjmp */
	int top;

	(void)ev;
	for (i = 0; i < NSIG_KNOWN; i++) {
		int handled = 0;
		unsigned mine = pending & (1u << i);
		pending &= ~mine;
		if (!mine || runtime_dead())
			continue;
		top = js_gettop(J);
		if (js_try(J)) {
			runtime_threw(J);
			js_pop(J, js_gettop(J) - top);
			continue;
		}
		js_getglobal(J, "process");
		js_getproperty(J, -1, "emit");
		js_copy(J, -2);
		js_pushstring(J, signals[i].name);
		js_pushstring(J, signals[i].name);
		js_call(J, 2);
		handled = js_toboolean(J, -1);
		js_endtry(J);
		js_pop(J, js_gettop(J) - top);
		if (!handled)
			power_exit(128 + signals[i].num);
	}
}

static void raise_signal(int i)
{
	pending |= 1u << i;
	loop_event_post(&signal_ev);
}

/* The power button's event (posted by drivers/acpi.c's SCI handler). */
static struct loop_event button_ev;
static void button_run(struct loop_event *ev)
{
	(void)ev;
	raise_signal(6); /* SIGTERM: runs as signal_ev, next */
}

/* process.kill(pid[, signal]): only the app's own pid (1) exists. */
static void process_kill(js_State *J)
{
	int i, num = 15;
	double pid;

	if (!js_isnumber(J, 1)) {
		js_newtypeerror(J, "The \"pid\" argument must be of type number");
		js_pushliteral(J, "ERR_INVALID_ARG_TYPE");
		js_setproperty(J, -2, "code");
		js_throw(J);
	}
	pid = js_tonumber(J, 1);
	if (js_isnumber(J, 2)) {
		num = js_toint32(J, 2);
	} else if (js_isdefined(J, 2)) {
		const char *name = js_tostring(J, 2);
		num = -1;
		for (i = 0; i < NSIG_KNOWN; i++)
			if (!strcmp(name, signals[i].name))
				num = signals[i].num;
		if (num < 0) {
			js_pushliteral(J, "Unknown signal: ");
			js_pushstring(J, name);
			js_concat(J);
			js_newtypeerror(J, js_tostring(J, -1));
			js_pushliteral(J, "ERR_UNKNOWN_SIGNAL");
			js_setproperty(J, -2, "code");
			js_throw(J);
		}
	}
	if (pid != 1 && pid != 0 && pid != -1) {
		js_newerror(J, "kill ESRCH");
		js_pushliteral(J, "ESRCH");
		js_setproperty(J, -2, "code");
		js_pushnumber(J, -3);
		js_setproperty(J, -2, "errno");
		js_pushliteral(J, "kill");
		js_setproperty(J, -2, "syscall");
		js_throw(J);
	}
	for (i = 0; i < NSIG_KNOWN; i++)
		if (signals[i].num == num)
			break;
	if (num != 0 && i == NSIG_KNOWN) {
		js_newerror(J, "kill EINVAL");
		js_pushliteral(J, "EINVAL");
		js_setproperty(J, -2, "code");
		js_throw(J);
	}
	if (num == 9)
		power_exit(137);
	if (num)
		raise_signal(i);
	js_pushboolean(J, 1);
}

/* process is on top of the stack. */
void runtime_signal_init(js_State *J)
{
	signal_J = J;
	loop_event_init(&signal_ev, signal_run);
	loop_event_init(&button_ev, button_run);
	js_newcfunction(J, process_kill, "kill", 2);
	js_defproperty(J, -2, "kill", JS_DONTENUM);
	if (acpi_power_button_init) /* absent from the host build */
		acpi_power_button_init(&button_ev); /* -ENODEV on microvm acpi=off */
}
