/**
 * A scripted two-voice sales call made with espeak-ng and sox, known text and placement:
 * rep.wav (fake microphone) and customer.wav (played by the fake meeting page), 16 kHz mono.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CallAudio {
  rep: string;
  customer: string;
  /** Where each line sits, seconds from the start of its file. */
  lines: { speaker: 'rep' | 'customer'; start: number; text: string }[];
}

const REP = [
  { start: 1, text: 'Hi Casey, thanks for joining. Let me walk you through our pricing for the team plan.' },
  { start: 16, text: 'I understand. What budget did you have in mind for this year?' },
];
const CUSTOMER = [{ start: 8, text: 'Honestly, the price is too high for our budget this year.' }];

function speak(dir: string, name: string, voice: string, lines: { start: number; text: string }[], total: number): string {
  const parts: string[] = [];
  let t = 0;
  lines.forEach((line, i) => {
    const clip = join(dir, `${name}-${i}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', join(dir, `${name}-${i}-raw.wav`), line.text]);
    execFileSync('sox', [join(dir, `${name}-${i}-raw.wav`), '-r', '16000', '-c', '1', '-b', '16', clip, 'pad', String(line.start - t), '0']);
    const seconds = Number(execFileSync('soxi', ['-D', clip]).toString());
    t += seconds;
    parts.push(clip);
  });
  const out = join(dir, `${name}.wav`);
  execFileSync('sox', [...parts, out, 'pad', '0', String(Math.max(total - t, 0))]);
  return out;
}

export function makeCallAudio(dir: string, total = 40): CallAudio {
  mkdirSync(dir, { recursive: true });
  const rep = join(dir, 'rep.wav');
  const customer = join(dir, 'customer.wav');
  if (!existsSync(rep)) speak(dir, 'rep', 'en-us', REP, total);
  if (!existsSync(customer)) speak(dir, 'customer', 'en-us+f3', CUSTOMER, total);
  return {
    rep, customer,
    lines: [...REP.map((l) => ({ ...l, speaker: 'rep' as const })), ...CUSTOMER.map((l) => ({ ...l, speaker: 'customer' as const }))],
  };
}
