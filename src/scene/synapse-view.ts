// The still parts of the synapse: the presynaptic nerve ending with its endorphin vesicles, the
// cleft, and the receiving cell with its lipid membrane. Redrawn only when the layout changes.
import { Container, Graphics } from 'pixi.js';
import { mulberry32 } from '../../sim/index';
import { LIGAND_STYLE, SCENE_COLOURS as C } from '../theme';
import type { SceneLayout } from './layout';

export interface SynapseView {
  container: Container;
  draw(layout: SceneLayout): void;
}

export function createSynapseView(): SynapseView {
  const g = new Graphics();
  const container = new Container({ children: [g] });
  return {
    container,
    draw(L) {
      g.clear();
      g.rect(0, 0, L.width, L.height).fill(C.cleft);

      // Presynaptic terminal: a rounded bulb across the top, its lower edge facing the cleft.
      const b = L.terminalBottom;
      g.moveTo(-10, -10)
        .lineTo(L.width + 10, -10)
        .lineTo(L.width + 10, b - 36)
        .quadraticCurveTo(L.width + 10, b, L.width - 36, b)
        .lineTo(36, b)
        .quadraticCurveTo(-10, b, -10, b - 36)
        .closePath()
        .fill(C.terminal)
        .stroke({ width: 5, color: C.terminalEdge });

      // Vesicles of endorphin; the same seed keeps them in place across redraws.
      const random = mulberry32(7);
      const count = Math.round(L.width / 70);
      for (let i = 0; i < count; i++) {
        const x = ((i + 0.5) * L.width) / count + (random() - 0.5) * 30;
        const docked = i % 3 === 1;
        const r = 13 + random() * 5;
        const y = docked ? b - r - 4 : 14 + random() * Math.max(0, b - 50 - r);
        g.circle(x, y, r).fill(C.vesicle).stroke({ width: 2, color: C.terminalEdge, alpha: 0.8 });
        for (let k = 0; k < 4; k++)
          g.circle(x + (random() - 0.5) * r, y + (random() - 0.5) * r, 2.6).fill(
            LIGAND_STYLE.endorphin.color,
          );
      }

      // The receiving cell and its membrane: two rows of lipid heads with their tails between.
      g.rect(0, L.membraneTop, L.width, L.height - L.membraneTop).fill(C.cell);
      const top = L.membraneTop + 3.5;
      const bottom = L.membraneBottom - 3.5;
      for (let x = 2; x < L.width; x += 8) {
        g.moveTo(x, top).lineTo(x, bottom);
      }
      g.stroke({ width: 1.2, color: C.membrane, alpha: 0.45 });
      for (let x = 2; x < L.width; x += 8) {
        g.circle(x, top, 3.4).circle(x, bottom, 3.4);
      }
      g.fill({ color: C.membrane, alpha: 0.9 });
    },
  };
}
