/**
 * `trusted-root: github` on a runner. GitHub's own Sigstore instance (where private repositories sign) has a
 * trusted root that agent-attest does not ship, so the action takes it from GitHub's TUF repository through
 * the gh CLI, which GitHub-hosted runners have. gh is GitHub's tool, not anything from the repository being
 * verified; the token reaches it through its environment only, and never appears in a message.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AgentAttestError } from '../core/errors.js';

export async function githubTrustedRoot(runnerTemp: string, token: string | undefined): Promise<string> {
  const env = { ...process.env, ...(token ? { GH_TOKEN: token } : {}), GH_PROMPT_DISABLED: '1' };
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      'gh',
      ['attestation', 'trusted-root'],
      { env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, out, err) => {
        if (!error) return resolve(out);
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        const detail = String(err || error.message)
          .split('\n')[0]!
          .replaceAll(token ?? '\u0000', '***');
        reject(
          new AgentAttestError(
            'TRUSTED_ROOT_INVALID',
            missing
              ? "input 'trusted-root: github' needs the gh CLI on the runner (GitHub-hosted runners have it); install gh, or give the path of a trusted root"
              : `input 'trusted-root: github': \`gh attestation trusted-root\` failed (${detail}); check the job's network and github-token, or give the path of a trusted root`,
          ),
        );
      },
    );
  });
  if (stdout.trim() === '') {
    throw new AgentAttestError(
      'TRUSTED_ROOT_INVALID',
      "input 'trusted-root: github': `gh attestation trusted-root` printed nothing; give the path of a trusted root",
    );
  }
  const file = path.join(runnerTemp, 'github-trusted-root.jsonl');
  await writeFile(file, stdout);
  return file;
}
