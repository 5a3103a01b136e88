import { describe, expect, it } from 'vitest';
import { cleanCharacter } from '../../../lib/catalog/characters.ts';

describe('cleanCharacter', () => {
  it.each([
    ["Seong Gi-hun / 'No. 456'", { characters: ['Seong Gi-hun'], voice: false, self: false, note: 'No. 456' }],
    ['Queen / Witch (voice) (uncredited)', { characters: ['Queen', 'Witch'], voice: true, self: false }],
    ['Dan Hwal | Bulgasal', { characters: ['Dan Hwal', 'Bulgasal'], voice: false, self: false }],
    ['Shellington/Inkling', { characters: ['Shellington', 'Inkling'], voice: false, self: false }],
    ['Young Dieter 12y/o', { characters: ['Young Dieter 12y/o'], voice: false, self: false }],
    ['Ensemble (Sardine Corps/Undersea Creature)', { characters: ['Ensemble (Sardine Corps/Undersea Creature)'], voice: false, self: false }],
    ['Robert "Rocky" Balboa', { characters: ['Robert "Rocky" Balboa'], voice: false, self: false }],
    ["Dennis's Mother", { characters: ["Dennis's Mother"], voice: false, self: false }],
    ['"Lonely Man', { characters: ['Lonely Man'], voice: false, self: false }],
    ["'Honest John' Worthington Foulfellow (voice)", { characters: ["'Honest John' Worthington Foulfellow"], voice: true, self: false }],
    ['  Nam\tOn-jo  ', { characters: ['Nam On-jo'], voice: false, self: false }],
    ['Self', { characters: [], voice: false, self: true }],
    ['himself', { characters: [], voice: false, self: true }],
    ['Herself (archive footage)', { characters: [], voice: false, self: true, note: 'archive footage' }],
    ['Self - Host', { characters: ['Host'], voice: false, self: true }],
    ['Self (Ween)', { characters: [], voice: false, self: true, note: 'Ween' }],
    ['Burke Ramsey Auditionee / Himself', { characters: ['Burke Ramsey Auditionee'], voice: false, self: true }],
    ['Zena Zabi (English Version, voice)', { characters: ['Zena Zabi (English Version)'], voice: true, self: false }],
    ['Soloist (singing voice)', { characters: ['Soloist'], voice: true, self: false }],
    ['Gangster (cameo)', { characters: ['Gangster'], voice: false, self: false, note: 'cameo' }],
    ['Oscar (voice) / Oscar', { characters: ['Oscar'], voice: true, self: false }],
    ['', { characters: [], voice: false, self: false }],
  ])('%j', (raw, expected) => {
    expect(cleanCharacter(raw)).toEqual(expected);
  });
});
