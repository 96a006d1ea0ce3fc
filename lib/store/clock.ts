// One clock for the whole sidebar: a single interval, and only the components that show time
// subscribe to it, so a tick re-renders the countdown and nothing else.
import { createStore } from 'zustand/vanilla';

export function createClock(periodMs = 1000) {
  const clock = createStore<{ now: number }>()(() => ({ now: Date.now() }));
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    store: clock,
    start() {
      if (timer === undefined) timer = setInterval(() => clock.setState({ now: Date.now() }), periodMs);
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

export type Clock = ReturnType<typeof createClock>;
