/** First-run page: asks for the microphone once (the offscreen recorder cannot show the prompt). */
const result = document.getElementById('result')!;
const button = document.getElementById('grant') as HTMLButtonElement;

function show(ok: boolean, text: string): void {
  result.className = ok ? 'ok' : 'err';
  result.textContent = text;
}

async function ask(): Promise<void> {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    stream.getTracks().forEach((t) => t.stop());
    show(true, 'Microphone allowed. You are ready: open your meeting and press the Pitchside button or Ctrl+Shift+Y.');
    button.disabled = true;
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    show(false, name === 'NotAllowedError'
      ? 'The microphone was blocked. Pitchside can still record the other side of the call; to record yourself too, allow the microphone in the site settings of this page and try again.'
      : `Could not open the microphone (${String(err)}).`);
  }
}

button.addEventListener('click', () => void ask());
navigator.permissions
  .query({ name: 'microphone' as PermissionName })
  .then((p) => {
    if (p.state === 'granted') show(true, 'Microphone already allowed. You are ready.');
  })
  .catch(() => undefined);
