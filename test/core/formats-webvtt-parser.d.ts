/** The parts of the untyped `webvtt-parser` (W3C WebVTT parser and validator) the format tests use. */
declare module 'webvtt-parser' {
  export interface VttNode {
    type: 'text' | 'object' | 'timestamp';
    name?: string;
    value?: string;
    children?: VttNode[];
  }
  export interface VttCue {
    id: string;
    startTime: number;
    endTime: number;
    text: string;
    tree: { children: VttNode[] };
  }
  export interface VttTree {
    cues: VttCue[];
    errors: { message: string; line: number; col: number }[];
  }
  export class WebVTTParser {
    constructor(entities?: Record<string, string>);
    parse(input: string, mode?: 'metadata' | 'chapters'): VttTree;
  }
}
