import { render } from 'preact';

render(<main><h1>Pitchside</h1></main>, document.getElementById('app')!);
