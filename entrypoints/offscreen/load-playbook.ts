/** The playbook in force: the team's, pulled from the server, else the built-in default. */
import type { Playbook } from '../../core/types.ts';
import { defaultPlaybook } from '../../core/playbook.ts';
import type { PitchsideDb } from '../../store/db.ts';
import { getPulledPlaybook } from '../../store/settings.ts';

export async function loadPlaybook(db: PitchsideDb): Promise<Playbook> {
  return (await getPulledPlaybook(db)) ?? defaultPlaybook;
}
