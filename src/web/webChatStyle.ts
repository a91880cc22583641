/** Colors derived from the program's brand color, adjusted so text on and around it stays readable. */
export interface BrandPalette {
  /** The brand color, darkened if needed to reach 4.5:1 against white (links, buttons, user bubbles). */
  brand: string;
  /** Text on a brand background. */
  onBrand: string;
}

const DEFAULT_BRAND = '#1F5F8B';
const MIN_CONTRAST = 4.5; // WCAG AA for body text

export function brandPalette(brandColor: string | undefined): BrandPalette {
  let rgb = parseHex(brandColor ?? DEFAULT_BRAND) ?? parseHex(DEFAULT_BRAND)!;
  for (let i = 0; i < 20 && contrast(rgb, [255, 255, 255]) < MIN_CONTRAST; i += 1) {
    rgb = rgb.map((channel) => Math.round(channel * 0.9)) as Rgb;
  }
  return { brand: toHex(rgb), onBrand: '#FFFFFF' };
}

/**
 * Web Chat styleOptions for the page: brand-colored user bubbles and actions, rounded
 * bubbles, and suggested actions that wrap onto more lines instead of scrolling sideways
 * out of sight (a carousel hides answers people need to see).
 */
export function webChatStyleOptions(palette: BrandPalette): Record<string, string | number | boolean> {
  return {
    accent: palette.brand,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    rootHeight: '100%',
    bubbleBorderRadius: 12,
    bubbleFromUserBorderRadius: 12,
    bubbleMaxWidth: 560,
    bubbleBackground: '#F1F3F5',
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: palette.brand,
    bubbleFromUserTextColor: palette.onBrand,
    bubbleFromUserBorderWidth: 0,
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 'auto',
    suggestedActionBorderRadius: 20,
    suggestedActionBorderColor: palette.brand,
    suggestedActionBorderWidth: 2,
    suggestedActionTextColor: palette.brand,
    suggestedActionBackgroundColor: '#FFFFFF',
    suggestedActionBackgroundColorOnHover: '#EEF3F7',
    suggestedActionKeyboardFocusIndicatorBorderColor: '#000000',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    hideUploadButton: true,
    sendBoxButtonColor: palette.brand,
    sendBoxButtonColorOnHover: palette.brand,
  };
}

type Rgb = [number, number, number];

function parseHex(value: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two hex colors. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) throw new Error('contrastRatio takes hex colors');
  return contrast(x, y);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
