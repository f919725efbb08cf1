// Preloaded (NODE_OPTIONS=--require) into an instance whose wall clock runs CLOCK_AHEAD_MS ahead
// of its monotonic clock, as a virtual machine's can after a pause or a clock step.
const ahead = Number(process.env.CLOCK_AHEAD_MS);
const wallClock = Date.now;
Date.now = () => wallClock() + ahead;
