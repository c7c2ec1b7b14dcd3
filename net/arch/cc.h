/*
 * lwIP's compiler and platform port (lwIP doc/sys_arch.txt, "cc.h"):
 * types come from our <stdint.h>, x86_64 is little endian, diagnostics go
 * to our printf and a failed lwIP assertion is a broken invariant: panic.
 */
#ifndef UNIJS_LWIP_CC_H
#define UNIJS_LWIP_CC_H

#include <stdint.h>
#include <stdio.h>

#ifndef BYTE_ORDER
#define BYTE_ORDER LITTLE_ENDIAN
#endif

/* limits.h states SSIZE_MAX but we have no unistd.h */
#define LWIP_NO_UNISTD_H 1
typedef long ssize_t;

/* error numbers: ours are Linux's (lib/include/errno.h) */
#define LWIP_ERRNO_STDINCLUDE 1

#define lwip_htons(x) ((u16_t)__builtin_bswap16((u16_t)(x)))
#define lwip_htonl(x) ((u32_t)__builtin_bswap32((u32_t)(x)))

void panic(const char *fmt, ...) __attribute__((noreturn, format(__printf__, 1, 2)));

#define LWIP_PLATFORM_DIAG(x) do { printf x; } while (0)
#define LWIP_PLATFORM_ASSERT(x) panic("lwIP assertion \"%s\" failed at %s:%d", x, __FILE__, __LINE__)

/* Random numbers for DHCP transaction ids and local ports (net/netif.c). */
uint32_t net_random(void);
#define LWIP_RAND() ((u32_t)net_random())

#endif
