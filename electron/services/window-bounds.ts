/**
 * Remembered window geometry, kept sane: a saved position that no longer lies on any display
 * (a monitor was unplugged) is dropped so the window never opens off-screen.
 */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1360, height: 860 };
const MIN_WIDTH = 720;
const MIN_HEIGHT = 480;

export function sanitizeBounds(saved: unknown, displays: DisplayArea[]): WindowBounds {
  if (!saved || typeof saved !== 'object') return { ...DEFAULT_BOUNDS };
  const s = saved as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined);
  const width = Math.max(MIN_WIDTH, num(s.width) ?? DEFAULT_BOUNDS.width);
  const height = Math.max(MIN_HEIGHT, num(s.height) ?? DEFAULT_BOUNDS.height);
  const x = num(s.x);
  const y = num(s.y);
  const maximized = s.maximized === true;
  if (x === undefined || y === undefined) return { width, height, maximized };
  // Keep the position only if the window's title bar area is visible on some display.
  const visible = displays.some(
    (d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50,
  );
  return visible ? { x, y, width, height, maximized } : { width, height, maximized };
}
