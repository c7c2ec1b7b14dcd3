/*
 * Host unit tests link lib/ next to the host's C library. Compiled with
 * -include of this file, every public libc symbol of lib/ is prefixed with
 * uj_, so a test calls uj_snprintf and compares it with the host's snprintf.
 * Keep in step with the functions lib/ defines.
 */
#ifndef UNIJS_TEST_RENAME_H
#define UNIJS_TEST_RENAME_H

#define memcpy uj_memcpy
#define memmove uj_memmove
#define memset uj_memset
#define memcmp uj_memcmp
#define memchr uj_memchr
#define memrchr uj_memrchr
#define strlen uj_strlen
#define strnlen uj_strnlen
#define strcmp uj_strcmp
#define strncmp uj_strncmp
#define strcoll uj_strcoll
#define strcpy uj_strcpy
#define strncpy uj_strncpy
#define stpcpy uj_stpcpy
#define strlcpy uj_strlcpy
#define strcat uj_strcat
#define strncat uj_strncat
#define strchr uj_strchr
#define strrchr uj_strrchr
#define strstr uj_strstr
#define strspn uj_strspn
#define strcspn uj_strcspn
#define strpbrk uj_strpbrk
#define strtok_r uj_strtok_r
#define strcasecmp uj_strcasecmp
#define strncasecmp uj_strncasecmp
#define strerror uj_strerror
#define strdup uj_strdup
#define strndup uj_strndup
#define vsnprintf uj_vsnprintf
#define snprintf uj_snprintf
#define vsprintf uj_vsprintf
#define sprintf uj_sprintf
#define printf uj_printf
#define vprintf uj_vprintf
#define fprintf uj_fprintf
#define vfprintf uj_vfprintf
#define fputc uj_fputc
#define putc uj_putc
#define putchar uj_putchar
#define fputs uj_fputs
#define puts uj_puts
#define fwrite uj_fwrite
#define fflush uj_fflush
#define fgetc uj_fgetc
#define getc uj_getc
#define getchar uj_getchar
#define fgets uj_fgets
#define fread uj_fread
#define fopen uj_fopen
#define fclose uj_fclose
#define fseek uj_fseek
#define ftell uj_ftell
#define rewind uj_rewind
#define feof uj_feof
#define ferror uj_ferror
#define clearerr uj_clearerr
#define stdin uj_stdin
#define stdout uj_stdout
#define stderr uj_stderr
#define strtol uj_strtol
#define strtoul uj_strtoul
#define strtoll uj_strtoll
#define strtoull uj_strtoull
#define atoi uj_atoi
#define atol uj_atol
#define atoll uj_atoll
#define abs uj_abs
#define labs uj_labs
#define llabs uj_llabs
#define div uj_div
#define ldiv uj_ldiv
#define lldiv uj_lldiv
#define qsort uj_qsort
#define bsearch uj_bsearch
#define abort uj_abort
#define __errno_location uj___errno_location
#define __assert_fail uj___assert_fail
#define time uj_time
#define gettimeofday uj_gettimeofday
#define clock_gettime uj_clock_gettime
#define clock uj_clock
#define difftime uj_difftime
#define gmtime uj_gmtime
#define gmtime_r uj_gmtime_r
#define localtime uj_localtime
#define localtime_r uj_localtime_r
#define mktime uj_mktime
#define timegm uj_timegm

#endif
