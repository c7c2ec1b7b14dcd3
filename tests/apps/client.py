#!/usr/bin/env python3
"""client.py PORT REQUESTS.txt: send each request of REQUESTS.txt to the
service on 127.0.0.1:PORT, one connection each, and print what a test
compares: the status line, the headers that matter and the body.

A request line is: METHOD PATH [name:value ...] [CONTENT-TYPE BODY...]
(a header value is URL-decoded: %20 for a space); the first word after
the headers is the body's Content-Type and the rest of the line the body.
"""
import http.client, sys, urllib.parse

SHOWN = ('content-type', 'content-length', 'etag', 'location', 'set-cookie', 'last-modified',
         'cache-control', 'accept-ranges', 'allow', 'vary', 'content-encoding', 'transfer-encoding')

def main():
    port, reqs = int(sys.argv[1]), sys.argv[2]
    for line in open(reqs):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        words = line.split(' ')
        method, path, rest = words[0], words[1], words[2:]
        headers, body = {}, None
        while rest and ':' in rest[0] and '/' not in rest[0].split(':')[0]:
            k, v = rest.pop(0).split(':', 1)
            headers[k] = urllib.parse.unquote(v)
        if rest:
            headers['Content-Type'] = rest[0]
            body = ' '.join(rest[1:]).encode()
        c = http.client.HTTPConnection('127.0.0.1', port, timeout=120)
        c.request(method, path, body=body, headers=headers)
        r = c.getresponse()
        data = r.read()
        print('%s %s -> %d %s' % (method, path, r.status, r.reason))
        for k, v in r.getheaders():
            if k.lower() in SHOWN or k.lower().startswith('x-'):
                print('  %s: %s' % (k.lower(), v))
        try:
            text = data.decode('utf-8')
        except UnicodeDecodeError:
            text = repr(data)
        print('  body: ' + text.replace('\n', '\n        '))
        c.close()

main()
