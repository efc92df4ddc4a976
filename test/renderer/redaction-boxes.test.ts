// The Redaction tab's arithmetic: a box from a mouse drag or moved and resized by the keyboard
// stays whole on the page, as the profile's schema demands, and a profile's name and terms are
// compared as the core compares them.
import { describe, expect, it } from 'vitest';
import { boxForKey, boxFromDrag, KEY_STEP, onPage, pointIn, STARTING_BOX } from '../../src/renderer/case/redaction/box-geometry.js';
import { hasTerm, nameTaken, presentOnly } from '../../src/renderer/case/redaction/profile-draft.js';
import { redactionRegionSchema } from '../../src/shared/redaction.js';

describe('boxes on a page', () => {
  it('measures a pointer in fractions of the picture, clamped to it', () => {
    const rect = { left: 100, top: 50, width: 400, height: 800 };
    expect(pointIn(rect, 300, 250)).toEqual({ x: 0.5, y: 0.25 });
    expect(pointIn(rect, 50, 2000)).toEqual({ x: 0, y: 1 });
  });

  it('makes a box of a drag whichever way it went, and none of a click', () => {
    expect(boxFromDrag({ x: 0.5, y: 0.4 }, { x: 0.1, y: 0.1 })).toEqual({ x: 0.1, y: 0.1, width: 0.4, height: 0.3 });
    expect(boxFromDrag({ x: 0.5, y: 0.4 }, { x: 0.502, y: 0.6 })).toBeNull();
  });

  it('moves with the arrows and resizes with Shift, never past an edge nor thinner than a step', () => {
    const right = boxForKey(STARTING_BOX, 'ArrowRight', false)!;
    expect(right.x).toBeCloseTo(STARTING_BOX.x + KEY_STEP, 6);
    expect(boxForKey(STARTING_BOX, 'ArrowDown', true)!.height).toBeCloseTo(STARTING_BOX.height + KEY_STEP, 6);
    expect(boxForKey({ x: 0, y: 0, width: KEY_STEP, height: 0.2 }, 'ArrowLeft', true)!.width).toBe(KEY_STEP);
    let box = STARTING_BOX;
    for (let step = 0; step < 200; step += 1) box = boxForKey(box, 'ArrowRight', step % 2 === 0)!;
    expect(box.x + box.width).toBeLessThanOrEqual(1);
    expect(boxForKey(STARTING_BOX, 'Enter', false)).toBeNull();
  });

  it('gives boxes the region schema accepts', () => {
    const boxes = [onPage({ x: 0.95, y: 0.95, width: 0.3, height: 0.3 }), onPage({ x: -1, y: 0.1234567, width: 0.00001, height: 2 }), boxFromDrag({ x: 0, y: 0 }, { x: 1, y: 1 })!];
    for (const box of boxes) expect(redactionRegionSchema.safeParse({ evidenceId: 'e1', page: 1, reason: 'other', ...box }).success).toBe(true);
  });
});

describe('a profile as the tab edits it', () => {
  it('compares names and terms as the matching rule folds them', () => {
    const profiles = [{ id: 'a', name: 'Embassy' }, { id: 'b', name: 'Суд  страны' }];
    expect(nameTaken(profiles, ' EMBASSY ')).toBe(true);
    expect(nameTaken(profiles, 'Embassy', 'a')).toBe(false);
    expect(nameTaken(profiles, 'суд страны')).toBe(true);
    expect(hasTerm([{ text: 'Тоқтарова Гүлнар' }], 'тоқтарова  гүлнар')).toBe(true);
    expect(hasTerm([{ text: 'Ёлкин' }], 'Елкин')).toBe(true);
  });

  it('leaves out the exhibits and events the case no longer holds', () => {
    const region = { evidenceId: 'gone', page: 1, x: 0, y: 0, width: 0.1, height: 0.1, reason: 'other' as const };
    const draft = { name: 'E', terms: [], regions: [region, { ...region, evidenceId: 'kept' }], withheldFields: [], withheldEvidenceIds: ['gone', 'kept'], withheldEventIds: ['old'], logPage: true };
    const { draft: present, gone } = presentOnly({ evidence: [{ id: 'kept' }], events: [] } as never)(draft);
    expect(present.regions.map((entry) => entry.evidenceId)).toEqual(['kept']);
    expect(present.withheldEvidenceIds).toEqual(['kept']);
    expect(present.withheldEventIds).toEqual([]);
    // Counted, so the tab can say what it dropped.
    expect(gone).toEqual({ boxes: 1, exhibits: 1, events: 1 });
  });

  it('gives back the very draft when the case still holds all it names', () => {
    const region = { evidenceId: 'kept', page: 2, x: 0.2, y: 0.2, width: 0.1, height: 0.1, reason: 'address' as const };
    const draft = { name: 'E', terms: [], regions: [region, region], withheldFields: [], withheldEvidenceIds: ['kept'], withheldEventIds: ['e1'], logPage: false };
    const result = presentOnly({ evidence: [{ id: 'kept' }], events: [{ id: 'e1' }] } as never)(draft);
    expect(result.draft).toBe(draft);
    expect(result.gone).toEqual({ boxes: 0, exhibits: 0, events: 0 });
    // Both boxes on one removed exhibit count as two.
    expect(presentOnly({ evidence: [], events: [{ id: 'e1' }] } as never)(draft).gone).toEqual({ boxes: 2, exhibits: 1, events: 0 });
  });
});
