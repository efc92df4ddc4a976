// Pictures drawn as SVG shapes, with text laid out by Pango in the shipped Noto Sans, so that
// Cyrillic and Kazakh letters come out right whatever fonts the machine has.
import sharp, { type Sharp } from 'sharp';
import { notoSansFile } from './fonts.js';

export interface TextLayer {
  input: Buffer;
  width: number;
  height: number;
}

export interface TextOptions {
  size: number;
  bold?: boolean;
  color?: string;
  /** Wrap at this many pixels. */
  width?: number;
  align?: 'left' | 'centre' | 'right';
  spacing?: number;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function textLayer(text: string, options: TextOptions): Promise<TextLayer> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${options.color ?? '#1a1a1e'}">${escapeMarkup(text)}</span>`,
      font: `Noto Sans${options.bold ? ' Bold' : ''} ${options.size}`,
      fontfile: notoSansFile(options.bold ? 'bold' : 'regular'),
      dpi: 72,
      rgba: true,
      ...(options.width === undefined ? {} : { width: options.width }),
      ...(options.align === undefined ? {} : { align: options.align }),
      ...(options.spacing === undefined ? {} : { spacing: options.spacing }),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

/** A layer placed at a point, or centred on `centreX` when left is not given. */
export interface Placement {
  layer: TextLayer;
  top: number;
  left?: number;
  centreX?: number;
}

/** Layers one under another, each centred on `centreX`, starting at `top`. */
export function stackCentred(centreX: number, top: number, gap: number, layers: TextLayer[]): Placement[] {
  let y = top;
  return layers.map((layer) => {
    const placement = { layer, top: y, centreX };
    y += layer.height + gap;
    return placement;
  });
}

export async function drawPicture(width: number, height: number, svgShapes: string, texts: Placement[]): Promise<Sharp> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${svgShapes}</svg>`;
  const composed = await sharp(Buffer.from(svg))
    .composite(
      texts.map(({ layer, top, left, centreX }) => ({
        input: layer.input,
        top: Math.round(top),
        left: Math.round(left ?? (centreX ?? width / 2) - layer.width / 2),
      })),
    )
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return sharp(composed.data, { raw: { width: composed.info.width, height: composed.info.height, channels: composed.info.channels } });
}

/** A grey head-and-shoulders outline where a photograph of the person would be. */
export function photoPlaceholder(x: number, y: number, width: number, height: number): string {
  const cx = x + width / 2;
  return `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#9a9ca1"/>
    <circle cx="${cx}" cy="${y + height * 0.38}" r="${width * 0.2}" fill="#c4c6ca"/>
    <path d="M${x + width * 0.12} ${y + height} C ${x + width * 0.14} ${y + height * 0.66}, ${x + width * 0.86} ${y + height * 0.66}, ${x + width * 0.88} ${y + height} Z" fill="#c4c6ca"/>`;
}
