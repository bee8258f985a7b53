import type { Corner } from './placement';
import { StatusCard, type StatusCardProps } from './StatusCard';

export interface OverlayProps extends StatusCardProps {
  corner: Corner;
}

export function Overlay({ corner, ...card }: OverlayProps) {
  return (
    <div class="frame" data-corner={corner}>
      <StatusCard {...card} />
    </div>
  );
}
