/*
 * first200: launch a service and time its first HTTP 200 as a client on
 * the host sees it (bench/http-coldboot.sh; the same client for the image,
 * node and the empty guest's peers, so that none pays the client's cost
 * alone).
 *
 *   first200 [-o FILE] [-w TEXT] [-T MS] PORT PROGRAM [ARGS...]
 *
 * The clock starts, PROGRAM runs in its own session (stdin from /dev/null,
 * stdout and stderr to FILE or /dev/null), and the client asks
 * "GET / HTTP/1.1" of 127.0.0.1:PORT until an answer begins
 * "HTTP/1.1 200"; the clock stops when those bytes are read. Then the
 * session gets SIGTERM (with -w TEXT, once FILE holds TEXT, or after 2 s:
 * the guest's trace=http report comes after its first answer).
 *
 * How it asks, and why (QEMU's user network, libslirp 4.7):
 *   - A refused connect (nothing listens yet: node before listen(), QEMU
 *     before it opened the forwarded port) is retried 0.5 ms later.
 *   - A connect to a forwarded port succeeds at once: slirp accepts, keeps
 *     the request, and sends its own SYN to the guest. Until the guest's
 *     address is resolved (its gratuitous ARP when its network comes up,
 *     or its DHCP request) slirp holds that SYN, for up to 1 s, and sends
 *     it the moment the address is known. So one connection waiting is
 *     enough: it is answered as soon as the guest can answer, with no
 *     polling step and no SYN retransmission (slirp's first comes after
 *     about 3 s). A guest that is up but not listening yet answers the
 *     SYN with a RST: slirp closes our connection, and a new one starts
 *     at once.
 *   - A SYN can still be lost (the guest's NIC up but its address not yet
 *     set while DHCP runs; held past slirp's 1 s): whenever the newest
 *     waiting connection is older than -T MS (default 20), another one
 *     starts beside it. Starting one every few ms instead would make slirp
 *     flush dozens of SYNs on the guest at once when its network comes
 *     up, and time the guest answering all of them.
 * Nothing is forked per attempt (the curl loop this replaces started a
 * process every 10 ms on the cores the guest boots on).
 *
 * Prints one line:
 *   first200: ms=M tsc_launch=N tsc_200=N conns=N refused=N reset=N
 *             winner_started_ms=M
 * tsc_*: the host's TSC at launch and at the answer (a PVM guest reads the
 * same TSC; its trace=http stamps can be placed on this clock). Exit 0, or
 * 1 when PROGRAM ended first or nothing answered in 300 s.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#define MAXC 512
#define RETRY_NS 500000ull /* after a refused connect */
#define LIMIT_NS 300000000000ull

enum { CONNECTING = 1, SENT };

static struct conn {
	int fd, state, got;
	uint64_t began;
	char buf[16];
} c[MAXC];
static int nc;

static uint64_t now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000000ull + (uint64_t)t.tv_nsec;
}

static struct sockaddr_in addr;
static const char req[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
static unsigned conns, refused, reset;

static void drop(int i)
{
	close(c[i].fd);
	c[i] = c[--nc];
}

/* 1 if a connection was started or is waiting, 0 if refused at once */
static int start(uint64_t t)
{
	int fd, one = 1;

	if (nc == MAXC)
		return 1;
	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		perror("first200: socket");
		exit(1);
	}
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	conns++;
	if (connect(fd, (struct sockaddr *)&addr, sizeof addr) < 0 && errno != EINPROGRESS) {
		close(fd);
		refused++;
		return 0;
	}
	c[nc].fd = fd;
	c[nc].state = CONNECTING;
	c[nc].got = 0;
	c[nc].began = t;
	nc++;
	return 1;
}

int main(int argc, char **argv)
{
	const char *out = "/dev/null", *wait_for = 0;
	uint64_t t0, tsc0, tsc1 = 0, t1 = 0, next = 0, after = 20000000ull, won_began = 0;
	int opt, port, i, status;
	pid_t pid;

	while ((opt = getopt(argc, argv, "+o:w:T:")) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 'w': wait_for = optarg; break;
		case 'T': after = strtoull(optarg, 0, 10) * 1000000ull; break;
		default: goto usage;
		}
	}
	if (argc - optind < 2) {
	usage:
		fprintf(stderr, "usage: first200 [-o FILE] [-w TEXT] [-T MS] PORT PROGRAM [ARGS...]\n");
		return 2;
	}
	port = atoi(argv[optind]);
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)port);
	addr.sin_addr.s_addr = htonl(0x7f000001);

	t0 = now_ns();
	tsc0 = __rdtsc();
	pid = fork();
	if (pid < 0) {
		perror("first200: fork");
		return 1;
	}
	if (!pid) {
		int o = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644), n = open("/dev/null", O_RDONLY);
		setsid();
		if (o < 0 || n < 0)
			_exit(127);
		dup2(n, 0);
		dup2(o, 1);
		dup2(o, 2);
		execvp(argv[optind + 1], argv + optind + 1);
		_exit(127);
	}

	for (;;) {
		struct pollfd p[MAXC];
		uint64_t t = now_ns(), newest = 0, wake;
		struct timespec ts;
		int waiting = 0;

		if (waitpid(pid, &status, WNOHANG) == pid) {
			fprintf(stderr, "first200: %s ended before answering\n", argv[optind + 1]);
			return 1;
		}
		if (t - t0 > LIMIT_NS) {
			fprintf(stderr, "first200: no 200 in 300 s\n");
			break;
		}
		for (i = 0; i < nc; i++)
			if (c[i].began > newest)
				newest = c[i].began;
		if (!nc && t >= next) {
			if (!start(t))
				next = t + RETRY_NS;
		} else if (nc && t - newest >= after) {
			start(t);
		}
		for (i = 0; i < nc; i++) {
			p[i].fd = c[i].fd;
			p[i].events = c[i].state == CONNECTING ? POLLOUT : POLLIN;
			waiting++;
		}
		wake = nc ? newest + after : next;
		if (!nc && next <= t)
			wake = t;
		wake = wake > t ? wake - t : 0;
		ts.tv_sec = (time_t)(wake / 1000000000ull);
		ts.tv_nsec = (long)(wake % 1000000000ull);
		if (ppoll(p, (nfds_t)waiting, &ts, 0) < 0 && errno != EINTR) {
			perror("first200: ppoll");
			return 1;
		}
		for (i = waiting - 1; i >= 0; i--) {
			struct conn *k = &c[i];
			int err = 0;
			socklen_t l = sizeof err;
			ssize_t r;

			if (!p[i].revents)
				continue;
			if (k->state == CONNECTING) {
				getsockopt(k->fd, SOL_SOCKET, SO_ERROR, &err, &l);
				if (err) {
					refused++;
					drop(i);
					next = now_ns() + RETRY_NS;
					continue;
				}
				if (send(k->fd, req, sizeof req - 1, MSG_NOSIGNAL) != (ssize_t)sizeof req - 1) {
					reset++;
					drop(i);
					continue;
				}
				k->state = SENT;
				continue;
			}
			r = read(k->fd, k->buf + k->got, 12 - (size_t)k->got);
			if (r <= 0) {
				if (r < 0 && errno == EAGAIN)
					continue;
				reset++; /* slirp closed it: the guest refused the SYN */
				drop(i);
				next = 0;
				continue;
			}
			k->got += (int)r;
			if (k->got < 12)
				continue;
			if (!memcmp(k->buf, "HTTP/1.1 200", 12)) {
				tsc1 = __rdtsc();
				t1 = now_ns();
				won_began = k->began;
				goto done;
			}
			reset++; /* some other answer: ask again */
			drop(i);
			next = 0;
		}
	}
done:
	for (i = nc - 1; i >= 0; i--)
		drop(i);
	if (t1 && wait_for) {
		uint64_t until = now_ns() + 2000000000ull;
		while (now_ns() < until) {
			char buf[8192];
			FILE *f = fopen(out, "r");
			int seen = 0;
			size_t n;
			if (f) {
				n = fread(buf, 1, sizeof buf - 1, f);
				buf[n] = 0;
				seen = strstr(buf, wait_for) != 0;
				fclose(f);
			}
			if (seen)
				break;
			usleep(5000);
		}
	}
	kill(-pid, SIGTERM);
	waitpid(pid, &status, 0);
	if (!t1)
		return 1;
	printf("first200: ms=%.3f tsc_launch=%llu tsc_200=%llu conns=%u refused=%u reset=%u winner_started_ms=%.3f\n",
	       (double)(t1 - t0) / 1e6, (unsigned long long)tsc0, (unsigned long long)tsc1, conns, refused, reset,
	       (double)(won_began - t0) / 1e6);
	return 0;
}
