// Imported first by main.tsx, so the notes are asked for before the rest of the board's code runs.
import { askEarly } from '@/lib/notes/snapshot';

askEarly();
