import yauzl from 'yauzl';

/** One entry of a zip, as bytes, read without the studio's own code. */
export function readZipEntry(path: string, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true }, (e, zip) => {
      if (e || !zip) return reject(e);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks));
          });
        });
      });
      zip.on('end', () => reject(new Error(`${name} is not in ${path}`)));
      zip.readEntry();
    });
  });
}
