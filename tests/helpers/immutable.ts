/**
 * A folder that cannot be replaced, for real: `chattr +i` makes it immutable (it can be neither renamed nor
 * removed, even by root) until `chattr -i`. It needs root (CAP_LINUX_IMMUTABLE), as CI runs (.ci/run), and a
 * file system with the attribute (ext4, xfs, btrfs, tmpfs).
 */
import { spawnSync } from 'node:child_process';

function chattr(flag: '+i' | '-i', folder: string): void {
  const result = spawnSync('chattr', [flag, folder], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `chattr ${flag} ${folder} failed (${result.error?.message ?? result.stderr.trim()}): this test needs chattr (Debian's e2fsprogs) run as root on ext4, xfs, btrfs or tmpfs`,
    );
}

/** Makes `folder` immutable; the function it returns undoes it (call it in a finally, or afterAll). */
export function makeImmutable(folder: string): () => void {
  chattr('+i', folder);
  let locked = true;
  return () => {
    if (locked) chattr('-i', folder);
    locked = false;
  };
}
