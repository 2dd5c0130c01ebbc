import { expect, it } from 'vitest';
import { isPhantom } from '../../workers/phantom-phrases.ts';

it.each(['Thank you.', ' Thanks for watching! ', '[BLANK_AUDIO]', '(music)', '♪ ♪', '', 'you', 'Please subscribe.'])('"%s" is a phantom', (t) => {
  expect(isPhantom(t)).toBe(true);
});

it.each(['Thank you, that works for Tuesday.', 'Thanks.. I will send it', 'The price is too high.', 'You said Friday?'])('"%s" is real speech', (t) => {
  expect(isPhantom(t)).toBe(false);
});
