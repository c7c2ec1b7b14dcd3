// fs.promises and require('fs/promises'): the app's files and /tmp.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const T = '/tmp/unijs-fs-case-promises';
const rel = (s) => String(s).split(__dirname).join('<dir>');

async function main() {
  console.log(fsp === fs.promises, typeof fsp.readFile, fsp.constants.W_OK);
  fs.rmSync(T, { recursive: true, force: true });
  const text = await fsp.readFile(path.join(__dirname, 'fs_data', 'hello.txt'), 'utf8');
  console.log(JSON.stringify(text));
  const names = await fsp.readdir(path.join(__dirname, 'fs_data', 'views'));
  console.log(names.sort().join(' '));
  const st = await fsp.stat(path.join(__dirname, 'fs_data', 'bytes.bin'));
  console.log(st.size, st.isFile());
  try {
    await fsp.readFile(path.join(__dirname, 'fs_data', 'nope'));
  } catch (e) {
    console.log(rel(e.message), e.code, e.errno, e.syscall);
  }
  try {
    await fsp.access(path.join(__dirname, 'fs_data', 'nope'));
  } catch (e) {
    console.log(e.code, e.syscall);
  }
  await fsp.mkdir(T + '/d', { recursive: true });
  await fsp.writeFile(T + '/d/x.txt', 'promised');
  await fsp.appendFile(T + '/d/x.txt', '!');
  console.log(await fsp.readFile(T + '/d/x.txt', { encoding: 'utf8' }));
  const fh = await fsp.open(T + '/d/x.txt', 'r+');
  console.log(typeof fh.fd, (await fh.stat()).size);
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(4), 0, 4, 2);
  console.log(bytesRead, buffer.toString());
  await fh.write('PRO', 0);
  console.log(await fh.readFile('utf8'));
  await fh.close();
  console.log(await fsp.readFile(T + '/d/x.txt', 'utf8'));
  await fsp.rename(T + '/d/x.txt', T + '/y.txt');
  await fsp.copyFile(T + '/y.txt', T + '/z.txt');
  console.log((await fsp.readdir(T)).sort().join(' '));
  await fsp.unlink(T + '/y.txt');
  await fsp.rm(T, { recursive: true });
  console.log(fs.existsSync(T));
}
main().then(() => console.log('done'), (e) => console.log('failed', e));
