import { describe, expect, it } from 'vitest';
import { REFERENCE_COLOR, VENDOR_PALETTE } from '../../../src/ui/charts/palette.js';

/*
 * Independent references: WCAG 2.1's relative luminance and contrast ratio; the sRGB
 * transfer function; CIE L*a*b* (D65); and the colour-vision-deficiency matrices of
 * Machado, Oliveira and Fernandes (2009), severity 1, applied in linear RGB.
 */
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrastOnWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);
const MACHADO: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
const lab = (hex: string, m: number[][] | null) => {
  let [r, g, b] = rgb(hex).map(linear);
  if (m) [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * r + row[1] * g + row[2] * b)));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
const hue = (hex: string) => {
  const [r, g, b] = rgb(hex);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};

describe('the vendor palette', () => {
  const all = [...VENDOR_PALETTE, REFERENCE_COLOR];

  it('has at least 3:1 contrast on white (WCAG 1.4.11, graphics), the grey too', () => {
    for (const c of all) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(3);
  });

  it('has no red and no green: no colour reads as good or bad', () => {
    for (const c of VENDOR_PALETTE) {
      const h = hue(c);
      expect(h > 20 && h < 340, `${c} (hue ${h.toFixed(0)}) is not red`).toBe(true);
      expect(h < 60 || h > 180, `${c} (hue ${h.toFixed(0)}) is not green`).toBe(true);
    }
  });

  it('keeps every two colours apart (CIE76 distance above 15) in normal vision and the three dichromacies', () => {
    for (const [vision, m] of Object.entries(MACHADO)) {
      for (let i = 0; i < all.length; i++) {
        for (let j = i + 1; j < all.length; j++) {
          const [a, b] = [lab(all[i], m), lab(all[j], m)];
          expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), `${all[i]} ${all[j]} (${vision})`).toBeGreaterThan(15);
        }
      }
    }
  });
});
