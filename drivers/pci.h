/*
 * PCI configuration space through configuration mechanism #1 (PCI Local
 * Bus Specification 3.0, §3.2.2.3.2: the address port 0xcf8 and the data
 * port 0xcfc), and a walk of the buses to find devices.
 *
 * Contract: boot and loop context only, never from an interrupt handler
 * (each access is two port operations that must not be split by another
 * access). No allocation. Accesses are dword aligned underneath; 8- and
 * 16-bit accessors pick their bytes out of the dword.
 *
 * pci_find calls fn for every function present on bus 0 and on the buses
 * behind PCI-to-PCI bridges, in bus/device/function order, until fn returns
 * non-zero (which pci_find then returns); 0 when it ran out of functions,
 * -ENODEV when there is no PCI host bridge at all (microvm): that answer
 * costs one port write and one port read.
 */
#ifndef PCI_H
#define PCI_H

#include <stdint.h>

struct pci_dev {
	uint8_t bus, dev, fn;
	uint16_t vendor, device;
	uint8_t class_code, subclass, header_type;
};

/* Standard header offsets (PCI 3.0 §6.1) and the bits we use. */
#define PCI_VENDOR_ID      0x00
#define PCI_DEVICE_ID      0x02
#define PCI_COMMAND        0x04
#define PCI_STATUS         0x06
#define PCI_CLASS_REVISION 0x08
#define PCI_HEADER_TYPE    0x0e
#define PCI_BAR0           0x10
#define PCI_SUBSYSTEM_ID   0x2e
#define PCI_CAP_PTR        0x34
#define PCI_INTERRUPT_LINE 0x3c
#define PCI_INTERRUPT_PIN  0x3d

#define PCI_COMMAND_IO     0x0001
#define PCI_COMMAND_MEMORY 0x0002
#define PCI_COMMAND_MASTER 0x0004
#define PCI_COMMAND_INTX_DISABLE 0x0400
#define PCI_STATUS_CAP_LIST 0x0010

#define PCI_CAP_ID_VNDR 0x09

uint32_t pci_read32(const struct pci_dev *d, uint8_t off);
uint16_t pci_read16(const struct pci_dev *d, uint8_t off);
uint8_t pci_read8(const struct pci_dev *d, uint8_t off);
void pci_write32(const struct pci_dev *d, uint8_t off, uint32_t v);
void pci_write16(const struct pci_dev *d, uint8_t off, uint16_t v);

/*
 * BAR n (0..5) decoded: *is_io says whether it is an I/O BAR; the address
 * (port number or physical address; a 64-bit memory BAR spans two slots).
 * 0 when the BAR is not implemented or not assigned.
 */
uint64_t pci_bar(const struct pci_dev *d, int n, int *is_io);

/* Offset of the next capability with id after offset after (0: from the
 * list head), or 0 when there is none. */
uint8_t pci_next_cap(const struct pci_dev *d, uint8_t after, uint8_t id);

int pci_find(int (*fn)(const struct pci_dev *d, void *ctx), void *ctx);

#endif
