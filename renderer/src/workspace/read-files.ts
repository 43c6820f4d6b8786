/** Sends a File's bytes to main in chunks the loopback bridge accepts, and has main prepare it. */
import type { RequestReply } from '../../../shared/ipc/contract';
import { platform } from '../platform';

export type Prepared = RequestReply<'import:prepare'>;
const CHUNK = 1024 * 1024;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function uploadFile(file: File, isCancelled: () => boolean): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let stagedId: string | undefined;
  for (let at = 0; at < Math.max(bytes.length, 1); at += CHUNK) {
    if (isCancelled()) {
      if (stagedId) await platform['import:discard']({ stagedIds: [stagedId] });
      return null;
    }
    const last = at + CHUNK >= bytes.length;
    const staged = await platform['import:upload']({
      stagedId,
      name: file.name,
      base64: base64(bytes.subarray(at, at + CHUNK)),
      last,
    });
    stagedId = staged.stagedId;
  }
  return stagedId ?? null;
}
