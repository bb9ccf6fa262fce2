/**
 * The font of the Open Graph cards: Noto Sans JP Bold from the npm registry
 * (@expo-google-fonts/noto-sans-jp, OFL), so the build does not depend on the machine's fonts.
 * Apart from the drawing (src/data/og-draw.ts) because the card cache's key names it too
 * (src/data/og-image.ts), and that module must not load satori and resvg into Astro's bundle.
 */
export const OG_FONT_FAMILY = 'Noto Sans JP';
export const OG_FONT_FILE = '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf';
